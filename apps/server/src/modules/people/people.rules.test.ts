import { describe, expect, it } from "vitest";
import {
  birthYearOf,
  detectScript,
  type FillableValues,
  fillableFields,
  fillFromDuplicate,
  looksLikeTaxCode,
} from "./people.rules.ts";

const empty = Object.fromEntries(fillableFields.map((f) => [f, null])) as FillableValues;

describe("people rules", () => {
  it("derives the birth year from the birth date, and keeps a year known alone", () => {
    expect(birthYearOf("1990-05-04", null)).toBe(1990);
    expect(birthYearOf(null, 1987)).toBe(1987);
    expect(birthYearOf(undefined, undefined)).toBeNull();
  });

  it.each([
    ["RSSMRA80A01H501U", true],
    ["rssmra80a01h501u", true],
    ["RSSMRA 80A01 H501U", true],
    ["RSSMRALMA01H501U", true],
    ["12345678901", true],
    ["Mohamed", false],
    ["RSSMRA80A01", false],
    ["1234567890", false],
  ])("treats %s as a tax code: %s", (q, expected) => {
    expect(looksLikeTaxCode(q)).toBe(expected);
  });

  it.each([
    ["Mohamed", "Abdelrahman", "Latn"],
    ["محمد", "عبد الرحمن", "Arab"],
    ["Олександр", "Шевченко", "Cyrl"],
    ["ዮሐንስ", "ተስፋዬ", "Ethi"],
    ["মোহাম্মদ", "রহমান", "Beng"],
    ["Ahmed", "أحمد", "Arab"],
  ])("detects the script of %s %s as %s", (given, family, script) => {
    expect(detectScript(given, family)).toBe(script);
  });

  it("fills only the survivor's missing fields from the duplicate", () => {
    const survivor = { ...empty, phone: "+39 333", citizenship: "EG" };
    const duplicate = {
      ...empty,
      phone: "+39 444",
      citizenship: "SD",
      taxCode: "12345678903",
      email: "a@b.it",
    };
    expect(fillFromDuplicate(survivor, duplicate)).toEqual({ taxCode: "12345678903", email: "a@b.it" });
  });

  it("takes the duplicate's birth date with its year, unless it contradicts the survivor's year", () => {
    expect(fillFromDuplicate({ ...empty }, { ...empty, birthDate: "1990-03-02", birthYear: 1990 })).toEqual({
      birthDate: "1990-03-02",
      birthYear: 1990,
    });
    expect(fillFromDuplicate({ ...empty, birthYear: 1990 }, { ...empty, birthDate: "1990-03-02" })).toEqual({
      birthDate: "1990-03-02",
    });
    expect(
      fillFromDuplicate(
        { ...empty, birthYear: 1991 },
        { ...empty, birthDate: "1990-03-02", birthYear: 1990 },
      ),
    ).toEqual({});
  });
});
