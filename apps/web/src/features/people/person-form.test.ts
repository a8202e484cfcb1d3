import type { FieldErrors } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { formResolver } from "../../app/forms/form-resolver.ts";
import { decodeMessage } from "../../app/forms/issue-message.ts";
import { filterFromSearch, filterToSearch } from "./people-filter-schema.ts";
import { personFormResolver } from "./person-form-resolver.ts";
import {
  emptyPersonForm,
  matchQueryOf,
  type PersonFormInput,
  personCreateFormSchema,
  personEditFormSchema,
} from "./person-form-schema.ts";
import { daysUntil, sortPermits } from "./person-format.ts";
import {
  consentFormSchema,
  emptyConsentForm,
  permitFormSchema,
  permitResolverOptions,
} from "./person-records-schema.ts";

const options = { fields: {}, shouldUseNativeValidation: false };
const orgId = "0192f5a0-0000-7000-8000-000000000001";

function keysOf(errors: FieldErrors, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, error] of Object.entries(errors)) {
    if (!error || typeof error !== "object") continue;
    const path = prefix ? `${prefix}.${name}` : name;
    if ("message" in error && typeof error.message === "string") {
      out[path] = decodeMessage(error.message)?.key ?? error.message;
    }
    Object.assign(out, keysOf(error as FieldErrors, path));
  }
  return out;
}

const amina: PersonFormInput = {
  ...emptyPersonForm,
  givenName: "Amina",
  familyName: "Tesfaye",
  sex: "female",
  birthDate: "1990-01-01",
  countryOfBirth: "ER",
  citizenship: "ER",
};

describe("person registration form", () => {
  it("asks for names and sex, in translation keys", async () => {
    const result = await personFormResolver(personCreateFormSchema)(emptyPersonForm, undefined, options);
    expect(keysOf(result.errors)).toEqual({
      givenName: "validation.required",
      familyName: "validation.required",
      sex: "validation.required",
    });
  });

  it("derives the birth year from the date, drops empty rows and sends blanks as null", async () => {
    const form: PersonFormInput = {
      ...amina,
      otherNames: [
        { kind: "original_script", script: "", givenName: "أمينة", familyName: "تسفاي" },
        { kind: "spoken", script: "", givenName: " ", familyName: "" },
      ],
      languages: [
        { language: "tir", isPrimary: true },
        { language: "", isPrimary: false },
      ],
    };
    const result = await personFormResolver(personCreateFormSchema)(form, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({
      birthYear: 1990,
      taxCode: null,
      email: null,
      domicileIstat: null,
      otherNames: [{ kind: "original_script", givenName: "أمينة", familyName: "تسفاي" }],
      languages: [{ language: "tir", isPrimary: true }],
    });
  });

  it("refuses a birth year that contradicts the birth date", async () => {
    const result = await personFormResolver(personCreateFormSchema)(
      { ...amina, birthYear: "1991" },
      undefined,
      options,
    );
    expect(keysOf(result.errors)).toEqual({ birthYear: "validation.birthYearMismatch" });
  });

  it("checks the codice fiscale with the shared validator, against birth date, sex and country", async () => {
    const resolve = personFormResolver(personCreateFormSchema);
    const valid = await resolve({ ...amina, taxCode: "tsfmna90a41z368e" }, undefined, options);
    expect(valid.errors).toEqual({});
    expect(valid.values).toMatchObject({ taxCode: "TSFMNA90A41Z368E" });
    const check = await resolve({ ...amina, taxCode: "TSFMNA90A41Z368A" }, undefined, options);
    expect(keysOf(check.errors)).toEqual({ taxCode: "validation.taxCodeCheck" });
    const sex = await resolve({ ...amina, sex: "male", taxCode: "TSFMNA90A41Z368E" }, undefined, options);
    expect(keysOf(sex.errors)).toEqual({ taxCode: "validation.taxCodeSex" });
    const country = await resolve(
      { ...amina, countryOfBirth: "MA", taxCode: "TSFMNA90A41Z368E" },
      undefined,
      options,
    );
    expect(keysOf(country.errors)).toEqual({ taxCode: "validation.taxCodeCountry" });
    const provisional = await resolve({ ...amina, taxCode: "12345678903" }, undefined, options);
    expect(provisional.errors).toEqual({});
  });

  it("reports a language listed twice on its second row, together with the other errors", async () => {
    const form: PersonFormInput = {
      ...amina,
      givenName: "",
      languages: [
        { language: "ara", isPrimary: true },
        { language: "ara", isPrimary: false },
      ],
    };
    const result = await personFormResolver(personCreateFormSchema)(form, undefined, options);
    expect(keysOf(result.errors)).toEqual({
      givenName: "validation.required",
      "languages.1.language": "validation.duplicateLanguage",
    });
  });

  it("sends the loaded version with an update", async () => {
    const result = await personFormResolver(personEditFormSchema(7))(amina, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ version: 7, givenName: "Amina", citizenship: "ER" });
  });
});

describe("duplicate search while typing", () => {
  it("waits for two characters in both names", () => {
    expect(matchQueryOf({ ...emptyPersonForm, givenName: "M", familyName: "Ali" })).toBeNull();
    expect(matchQueryOf({ ...emptyPersonForm, givenName: "Mo", familyName: "Al" })).toMatchObject({
      givenName: "Mo",
      familyName: "Al",
    });
  });

  it("adds only the fields that are already valid", () => {
    const query = matchQueryOf({
      ...emptyPersonForm,
      givenName: " Mohammed ",
      familyName: "Abdelrahman",
      birthDate: "1990-13",
      birthYear: "1990",
      citizenship: "SD",
      taxCode: "ABC",
      sex: "unknown",
    });
    expect(query).toEqual({
      givenName: "Mohammed",
      familyName: "Abdelrahman",
      birthYear: 1990,
      citizenship: "SD",
      limit: 5,
    });
  });
});

describe("records of a person", () => {
  it("refuses a permit that expires before it was issued", async () => {
    const form = {
      type: "asylum_request",
      number: "",
      issuedOn: "2024-05-01",
      expiresOn: "2024-01-01",
      issuedBy: "",
    };
    const result = await formResolver(permitFormSchema, permitResolverOptions)(form, undefined, options);
    expect(keysOf(result.errors)).toEqual({ expiresOn: "validation.expiryBeforeIssue" });
  });

  it("lists permits newest first", () => {
    const permit = (id: string, issuedOn: string | null, createdAt: string) => ({
      id,
      type: "work" as const,
      number: null,
      issuedOn,
      expiresOn: null,
      issuedBy: null,
      createdAt,
    });
    const sorted = sortPermits([
      permit("a", "2020-01-01", "2024-01-01T00:00:00Z"),
      permit("b", "2023-06-01", "2023-06-02T00:00:00Z"),
      permit("c", null, "2022-01-01T00:00:00Z"),
    ]);
    expect(sorted.map((p) => p.id)).toEqual(["b", "c", "a"]);
  });

  it("counts days to an expiry in the local calendar", () => {
    expect(daysUntil("2025-03-01", new Date(2025, 1, 27, 23, 30))).toBe(2);
    expect(daysUntil("2025-02-26", new Date(2025, 1, 27, 8, 0))).toBe(-1);
  });

  it("records a consent for every non-special category when none is chosen", async () => {
    const form = {
      ...emptyConsentForm(),
      purpose: "referral",
      organizationIds: [orgId],
      explainedInLanguage: "tir",
    };
    const result = await formResolver(consentFormSchema)(form, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ purpose: "referral", organizationIds: [orgId] });
    expect(result.values).not.toHaveProperty("dataCategories", []);
  });
});

describe("people list filters in the address", () => {
  it("round-trips valid filters and ignores invalid ones", () => {
    const search = filterToSearch({ q: "Mohamed", citizenship: "EG", permitExpiringWithinDays: 60 });
    expect(search).toBe("?q=Mohamed&citizenship=EG&permitExpiringWithinDays=60");
    expect(filterFromSearch(search)).toEqual({
      q: "Mohamed",
      citizenship: "EG",
      permitExpiringWithinDays: 60,
    });
    expect(filterFromSearch("?domicileIstat=12")).toEqual({});
  });
});
