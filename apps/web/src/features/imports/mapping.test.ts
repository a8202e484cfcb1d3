import { describe, expect, it } from "vitest";
import { initialMapping, mappingProblems, mappingToSend } from "./mapping.ts";

describe("import mapping form", () => {
  it("starts from the suggestion and sends only the imported columns", () => {
    const form = initialMapping(["Nome", "Cognome", "Note"], { Nome: "givenName", Cognome: "familyName" });
    expect(form).toEqual({ Nome: "givenName", Cognome: "familyName", Note: "" });
    expect(mappingProblems(form)).toEqual([]);
    expect(mappingToSend(form)).toEqual({ Nome: "givenName", Cognome: "familyName" });
  });

  it("reports missing required fields, fields mapped twice and household details without a household", () => {
    expect(mappingProblems({ A: "givenName", B: "givenName", C: "householdRelation" })).toEqual([
      { kind: "required", fields: ["familyName"] },
      { kind: "twice", field: "givenName", columns: ["A", "B"] },
      { kind: "household" },
    ]);
  });
});
