import { describe, expect, it } from "vitest";
import { formResolver } from "../../app/forms/form-resolver.ts";
import {
  durationAfterTypeChange,
  matchServiceTypes,
  newServiceForm,
  serviceFormSchema,
  voidFormSchema,
} from "./service-form-schema.ts";

const options = { fields: {}, shouldUseNativeValidation: false };
const mother = "0192f5a0-0000-7000-8000-0000000000a1";
const child = "0192f5a0-0000-7000-8000-0000000000a2";
const old = "0192f5a0-0000-7000-8000-0000000000a3";

describe("quick service form", () => {
  it("starts with today and every person of the case", () => {
    expect(newServiceForm("2026-03-02", [mother, child])).toMatchObject({
      deliveredOn: "2026-03-02",
      personIds: [mother, child],
      serviceType: "",
      durationMinutes: "",
    });
  });

  it("builds the create body with only what was filled in", async () => {
    const form = {
      ...newServiceForm("2026-03-02", [mother]),
      serviceType: "legal_advice",
      durationMinutes: "45",
    };
    const result = await formResolver(serviceFormSchema())(form, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({
      serviceType: "legal_advice",
      deliveredOn: "2026-03-02",
      durationMinutes: 45,
      personIds: [mother],
      mediatorId: null,
      language: null,
      planActionId: null,
    });
  });

  it("makes a correction that names the record it replaces", async () => {
    const form = {
      ...newServiceForm("2026-03-01", [mother, child]),
      serviceType: "cultural_mediation",
      language: "TIR",
      correctionReason: "Data sbagliata",
    };
    const result = await formResolver(serviceFormSchema(old))(form, undefined, options);
    expect(result.values).toMatchObject({
      correctsId: old,
      correctionReason: "Data sbagliata",
      language: "tir",
      personIds: [mother, child],
    });
  });

  it("needs a type, a date and at least one person", async () => {
    const form = { ...newServiceForm("", []) };
    const result = await formResolver(serviceFormSchema())(form, undefined, options);
    expect(Object.keys(result.errors).sort()).toEqual(["deliveredOn", "personIds", "serviceType"]);
  });

  it("proposes the type's default duration unless the operator typed one", () => {
    expect(durationAfterTypeChange("", false, 60)).toBe("60");
    expect(durationAfterTypeChange("60", false, 30)).toBe("30");
    expect(durationAfterTypeChange("20", true, 30)).toBe("20");
    expect(durationAfterTypeChange("", true, 30)).toBe("30");
    expect(durationAfterTypeChange("45", false, null)).toBe("45");
  });

  it("finds types by any word of the label or code, ignoring accents and case", () => {
    const types = [
      { code: "legal_advice", label: "Consulenza legale" },
      { code: "psychological_support", label: "Supporto psicologico" },
      { code: "housing_placement", label: "Inserimento abitativo" },
      { code: "civic_engagement", label: "Attività di impegno civico" },
    ];
    expect(matchServiceTypes(types, "legale").map((t) => t.code)).toEqual(["legal_advice"]);
    expect(matchServiceTypes(types, "ATTIVITA civ").map((t) => t.code)).toEqual(["civic_engagement"]);
    expect(matchServiceTypes(types, "housing").map((t) => t.code)).toEqual(["housing_placement"]);
    expect(matchServiceTypes(types, " ")).toHaveLength(4);
  });

  it("asks for the reason of a void", () => {
    expect(voidFormSchema.safeParse({ reason: " " }).success).toBe(false);
    expect(voidFormSchema.parse({ reason: " Registrato due volte " })).toEqual({
      reason: "Registrato due volte",
    });
  });
});
