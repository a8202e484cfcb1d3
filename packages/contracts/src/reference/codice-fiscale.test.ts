import { describe, expect, it } from "vitest";
import {
  decodeTaxCode,
  numericCheckDigit,
  taxCodeCheckCharacter,
  validateEni,
  validateStp,
  validateTaxCode,
} from "./codice-fiscale.ts";

/** A full code from its first 15 characters, with the right check letter. */
const withCheck = (first15: string) => first15 + taxCodeCheckCharacter(first15);
/** The same code with a wrong check letter. */
const wrongCheck = (code: string) =>
  code.slice(0, 15) + String.fromCharCode(((code.charCodeAt(15) - 65 + 1) % 26) + 65);
const provisional = (first10: string) => first10 + numericCheckDigit(first10);

describe("codice fiscale: format and check character", () => {
  it.each([
    ["the textbook example", "RSSMRA85T10A562S"],
    ["lower case with spaces", "rssmra 85t10 a562s"],
    ["a woman born in Morocco", withCheck("BNNFTM90A41Z330")],
    ["29 February of a leap year", withCheck("RSSMRA84B29F205")],
    ["one omocodia substitution (the rightmost digit)", withCheck("RSSMRA85T10A56N")],
    ["every digit substituted", withCheck("RSSMRAURTMLARSN")],
  ])("accepts %s", (_what, code) => {
    expect(validateTaxCode(code)).toEqual({ ok: true, kind: "full" });
  });

  it("knows the check letter of the textbook example", () => {
    expect(taxCodeCheckCharacter("RSSMRA85T10A562")).toBe("S");
  });

  it.each([
    ["RSSMRA85T10A562T"],
    [wrongCheck(withCheck("BNNFTM90A41Z330"))],
    [wrongCheck(withCheck("RSSMRA85T10A56N"))],
  ])("rejects a wrong check character: %s", (code) => {
    expect(validateTaxCode(code)).toEqual({ ok: false, reason: "CHECK_CHARACTER" });
  });

  it.each([
    ["empty", ""],
    ["too short", "RSSMRA85T10A562"],
    ["too long", "RSSMRA85T10A562SS"],
    ["a digit among the name letters", "RS5MRA85T10A562S"],
    ["O is not an omocodia letter", withCheck("RSSMRA8OT10A562")],
    ["F is not a month letter", withCheck("RSSMRA85F10A562")],
    ["day 00", withCheck("RSSMRA85T00A562")],
    ["day 32", withCheck("RSSMRA85T32A562")],
    ["day 72 (a woman's 32)", withCheck("RSSMRA85T72A562")],
    ["30 February", withCheck("RSSMRA85B30A562")],
    ["29 February of a common year", withCheck("RSSMRA85B29A562")],
    ["31 April", withCheck("RSSMRA85D31A562")],
    ["a letter as the birthplace's digits", withCheck("RSSMRA85T10AB62")],
    ["12 digits", "123456789012"],
    ["a provisional code of zeros", "00000000000"],
  ])("rejects a malformed code: %s", (_what, code) => {
    expect(validateTaxCode(code)).toEqual({ ok: false, reason: "FORMAT" });
  });

  it("decodes birth date, sex and birthplace, undoing omocodia", () => {
    expect(decodeTaxCode(withCheck("BNNFTM90A41Z330"))).toEqual({
      birthYear2: 90,
      birthMonth: 1,
      birthDay: 1,
      sex: "female",
      birthplace: "Z330",
      bornAbroad: true,
      omocode: false,
    });
    expect(decodeTaxCode(withCheck("RSSMRAURTMLARSN"))).toEqual({
      birthYear2: 85,
      birthMonth: 12,
      birthDay: 10,
      sex: "male",
      birthplace: "A562",
      bornAbroad: false,
      omocode: true,
    });
    expect(decodeTaxCode("not a code")).toBeNull();
  });
});

describe("codice fiscale: agreement with what we know of the person", () => {
  const fatima = withCheck("BNNFTM90A41Z330");

  it("accepts a code that agrees with the birth date, sex and country of birth", () => {
    expect(validateTaxCode(fatima, { birthDate: "1990-01-01", sex: "female", countryOfBirth: "MA" })).toEqual(
      { ok: true, kind: "full" },
    );
    expect(validateTaxCode(fatima, { birthYear: 1990, sex: "F", countryOfBirth: "ma" })).toEqual({
      ok: true,
      kind: "full",
    });
    expect(validateTaxCode(fatima, { sex: "unknown", birthplaceBelfiore: "Z330" }).ok).toBe(true);
  });

  it.each([
    [{ birthDate: "1990-01-02" }, "BIRTH_DATE_MISMATCH"],
    [{ birthDate: "1990-02-01" }, "BIRTH_DATE_MISMATCH"],
    [{ birthDate: "1991-01-01" }, "BIRTH_DATE_MISMATCH"],
    [{ birthYear: 1989 }, "BIRTH_DATE_MISMATCH"],
    [{ sex: "male" }, "SEX_MISMATCH"],
    [{ sex: "M" }, "SEX_MISMATCH"],
    [{ countryOfBirth: "TN" }, "COUNTRY_MISMATCH"],
    [{ countryOfBirth: "IT" }, "COUNTRY_MISMATCH"],
    [{ birthplaceBelfiore: "Z331" }, "BIRTHPLACE_MISMATCH"],
  ] as const)("rejects a code that contradicts %j", (context, reason) => {
    expect(validateTaxCode(fatima, context)).toEqual({ ok: false, reason });
  });

  it("wants a municipality's code for someone born in Italy, and accepts omocodia there", () => {
    const mario = withCheck("RSSMRA85T10G27P");
    expect(validateTaxCode(mario, { countryOfBirth: "IT", birthplaceBelfiore: "G273" }).ok).toBe(true);
    expect(validateTaxCode(mario, { countryOfBirth: "NG" })).toEqual({
      ok: false,
      reason: "COUNTRY_MISMATCH",
    });
  });

  it("accepts the Z-code of a defunct state for people born before it dissolved", () => {
    const ussr = withCheck("KVLLNA85M15Z135");
    expect(validateTaxCode(ussr, { countryOfBirth: "UA", birthYear: 1985 }).ok).toBe(true);
    expect(validateTaxCode(ussr, { countryOfBirth: "UA" }).ok).toBe(true);
    expect(validateTaxCode(ussr, { countryOfBirth: "RS" })).toEqual({
      ok: false,
      reason: "COUNTRY_MISMATCH",
    });
    const born1995 = withCheck("KVLLNA95M15Z135");
    expect(validateTaxCode(born1995, { countryOfBirth: "UA", birthYear: 1995 })).toEqual({
      ok: false,
      reason: "COUNTRY_MISMATCH",
    });
    expect(validateTaxCode(withCheck("KVLLNA95M15Z138"), { countryOfBirth: "UA", birthYear: 1995 }).ok).toBe(
      true,
    );
  });

  it.each([
    ["NG", "Z335"],
    ["ER", "Z368"],
    ["BD", "Z249"],
    ["AF", "Z200"],
    ["UA", "Z138"],
  ])("matches a person born in %s with %s", (country, z) => {
    const code = withCheck(`XXXYYY00A01${z}`);
    expect(validateTaxCode(code, { countryOfBirth: country }).ok).toBe(true);
    expect(validateTaxCode(code, { countryOfBirth: country === "NG" ? "GH" : "NG" }).ok).toBe(false);
  });
});

describe("provisional 11-digit codes", () => {
  it("accepts a code whose check digit is right (the partita IVA algorithm)", () => {
    expect(validateTaxCode("07643520567")).toEqual({ ok: true, kind: "provisional" });
    expect(validateTaxCode(provisional("9876543210"))).toEqual({ ok: true, kind: "provisional" });
    expect(numericCheckDigit("0123456789")).toBe(7);
  });

  it("rejects a wrong check digit", () => {
    expect(validateTaxCode("07643520568")).toEqual({ ok: false, reason: "CHECK_CHARACTER" });
    expect(validateTaxCode("01234567890")).toEqual({ ok: false, reason: "CHECK_CHARACTER" });
  });

  it("ignores the person's context: the code says nothing about them", () => {
    expect(validateTaxCode("07643520567", { countryOfBirth: "MA", sex: "female", birthYear: 1990 }).ok).toBe(
      true,
    );
  });
});

describe("STP and ENI codes", () => {
  it.each([
    ["STP1902010000001", "190"],
    ["stp 120 201 1234567", "120"],
    ["STP0421010000123", "042"],
  ])("accepts STP %s", (code, region) => {
    expect(validateStp(code)).toEqual({ ok: true, region, healthAuthority: expect.any(String) });
  });

  it.each([
    ["STP190201000001", "FORMAT"],
    ["ENI1902010000001", "FORMAT"],
    ["STP19020100000A1", "FORMAT"],
    ["STP1900000000001", "FORMAT"],
    ["STP1902010000000", "FORMAT"],
    ["STP2102010000001", "REGION"],
    ["STP0002010000001", "REGION"],
    ["STP0402010000001", "REGION"],
  ])("rejects STP %s (%s)", (code, reason) => {
    expect(validateStp(code)).toEqual({ ok: false, reason });
  });

  it("checks ENI codes the same way", () => {
    expect(validateEni("ENI0301010000042")).toEqual({ ok: true, region: "030", healthAuthority: "101" });
    expect(validateEni("STP0301010000042")).toEqual({ ok: false, reason: "FORMAT" });
    expect(validateEni("ENI2501010000042")).toEqual({ ok: false, reason: "REGION" });
  });
});
