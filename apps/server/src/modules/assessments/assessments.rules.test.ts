import { describe, expect, it } from "vitest";
import { domainProblem, domainsFromCatalog, levelChange, subjectPerson } from "./assessments.rules.ts";

describe("assessment rules", () => {
  it("falls back to the default domains when the catalogue has none", () => {
    const domains = domainsFromCatalog([]);
    expect(domains.map((d) => d.code)).toContain("housing");
    expect(domains.find((d) => d.code === "mental_health_addiction")?.specialCategory).toBe(true);
    expect(domains.find((d) => d.code === "housing")?.labels).toMatchObject({ it: "Abitare", ar: "السكن" });
    expect(Object.keys(domains[0]?.levels ?? {})).toEqual(["0", "1", "2", "3"]);
  });

  it("keeps the catalogue's labels and levels, filling missing translations of known codes", () => {
    const [housing, custom] = domainsFromCatalog([
      {
        code: "housing",
        labels: { it: "Casa" },
        specialCategory: false,
        levels: { "0": { it: "Alloggio stabile" } },
        sortOrder: 1,
        active: true,
      },
      {
        code: "digital",
        labels: { it: "Competenze digitali" },
        specialCategory: false,
        levels: null,
        sortOrder: 2,
        active: false,
      },
    ]);
    expect(housing?.labels).toMatchObject({ it: "Casa", en: "Housing" });
    expect(housing?.levels).toEqual({ "0": { it: "Alloggio stabile" } });
    expect(custom?.levels["3"]?.it).toBe("Bisogno elevato");
    const byCode = new Map([housing, custom].map((d) => [d?.code ?? "", d!]));
    expect(domainProblem(byCode, "housing")).toBeNull();
    expect(domainProblem(byCode, "digital")).toBe("INACTIVE_DOMAIN");
    expect(domainProblem(byCode, "astrology")).toBe("UNKNOWN_DOMAIN");
  });

  it("accepts only subject people: the person themself (stored as null) or a current household member", () => {
    const personCase = { subjectType: "person" as const, personId: "p1" };
    const householdCase = { subjectType: "household" as const, personId: null };
    const members = new Set(["m1", "m2"]);
    expect(subjectPerson(undefined, personCase, new Set())).toBeNull();
    expect(subjectPerson("p1", personCase, new Set())).toBeNull();
    expect(subjectPerson("p2", personCase, new Set())).toBeUndefined();
    expect(subjectPerson("m2", householdCase, members)).toBe("m2");
    expect(subjectPerson("x", householdCase, members)).toBeUndefined();
    expect(subjectPerson(null, householdCase, members)).toBeNull();
  });

  it("measures the change of a series from its first to its last level", () => {
    expect(levelChange([{ level: 3 }, { level: 2 }, { level: 1 }])).toBe(-2);
    expect(levelChange([])).toBe(0);
  });
});
