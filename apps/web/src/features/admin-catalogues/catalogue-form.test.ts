import type { CatalogueEntry } from "@approdo/contracts";
import { describe, expect, it } from "vitest";
import { formResolver } from "../../app/forms/form-resolver.ts";
import {
  catalogueEntryCreateFormSchema,
  catalogueEntryToForm,
  catalogueEntryUpdateFormSchema,
  emptyCatalogueEntryForm,
} from "./catalogue-form-schema.ts";
import { translated } from "./catalogue-text.ts";

const options = { fields: {}, shouldUseNativeValidation: false };
const network = "0192f5a0-0000-7000-8000-0000000000e1";

const domain: CatalogueEntry = {
  id: "0192f5a0-0000-7000-8000-0000000000e2",
  kind: "assessment_domain",
  code: "housing",
  networkId: null,
  labels: { it: "Abitare", en: "Housing" },
  descriptions: {},
  cisisCode: null,
  specialCategory: false,
  levels: {
    "0": { it: "Alloggio stabile" },
    "1": { it: "Alloggio precario", en: "Precarious" },
    "2": { it: "Ospite" },
    "3": { it: "Senza dimora" },
  },
  defaultDurationMinutes: null,
  sortOrder: 10,
  active: true,
  version: 4,
  updatedAt: "2026-01-01T10:00:00.000Z",
};

describe("catalogue entry form", () => {
  it("creates a service type for a network with CISIS code and default duration, blank translations left out", async () => {
    const form = {
      ...emptyCatalogueEntryForm,
      code: "orientamento_lavoro",
      labels: { it: " Orientamento al lavoro ", en: "Job orientation", fr: "", ar: "" },
      cisisCode: "A2.01",
      defaultDurationMinutes: "45",
      sortOrder: "120",
    };
    const result = await formResolver(catalogueEntryCreateFormSchema("service_type", network))(
      form,
      undefined,
      options,
    );
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({
      code: "orientamento_lavoro",
      networkId: network,
      labels: { it: "Orientamento al lavoro", en: "Job orientation" },
      cisisCode: "A2.01",
      defaultDurationMinutes: 45,
      sortOrder: 120,
      active: true,
    });
  });

  it("asks for the Italian label, a valid code and CISIS code", async () => {
    const form = { ...emptyCatalogueEntryForm, code: "Bad Code", cisisCode: "xx" };
    const result = await formResolver(catalogueEntryCreateFormSchema("service_type", null))(
      form,
      undefined,
      options,
    );
    expect(Object.keys(result.errors).sort()).toEqual(["cisisCode", "code", "labels"]);
  });

  it("edits an assessment domain with its version, levels and deactivation", async () => {
    const form = catalogueEntryToForm(domain);
    form.levels.l3.en = "Homeless";
    form.active = false;
    const result = await formResolver(catalogueEntryUpdateFormSchema("assessment_domain", domain.version))(
      form,
      undefined,
      options,
    );
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({
      version: 4,
      labels: { it: "Abitare", en: "Housing" },
      levels: {
        "0": { it: "Alloggio stabile" },
        "1": { it: "Alloggio precario", en: "Precarious" },
        "2": { it: "Ospite" },
        "3": { it: "Senza dimora", en: "Homeless" },
      },
      specialCategory: false,
      sortOrder: 10,
      active: false,
    });
  });

  it("picks the label in the UI language, else Italian, else the code", () => {
    expect(translated({ it: "Abitare", en: "Housing" }, "en-GB")).toBe("Housing");
    expect(translated({ it: "Abitare" }, "en")).toBe("Abitare");
    expect(translated(undefined, "en", "housing")).toBe("housing");
  });
});
