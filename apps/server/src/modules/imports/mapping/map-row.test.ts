import { numericCheckDigit } from "@approdo/contracts";
import { describe, expect, it } from "vitest";
import { FileDuplicates } from "./file-duplicates.ts";
import { columnIndex, mapRow } from "./map-row.ts";
import { municipalityIndex } from "./reference-lookup.ts";

const columns = [
  "Nome",
  "Cognome",
  "Sesso",
  "Nascita",
  "Cittadinanza",
  "CF",
  "Comune",
  "Lingue",
  "Nucleo",
  "Rel",
  "Ref",
];
const index = columnIndex(columns, {
  Nome: "givenName",
  Cognome: "familyName",
  Sesso: "sex",
  Nascita: "birthDate",
  Cittadinanza: "citizenship",
  CF: "taxCode",
  Comune: "domicileIstat",
  Lingue: "languages",
  Nucleo: "householdKey",
  Rel: "householdRelation",
  Ref: "householdReference",
});
const places = municipalityIndex([{ istatCode: "082053", name: "Palermo", province: "PA" }]);
const provisional = (first10: string) => `${first10}${numericCheckDigit(first10)}`;
const row = (values: Partial<Record<(typeof columns)[number], string>>) =>
  columns.map((c) => values[c] ?? "");

describe("mapRow", () => {
  it("turns a row into the person the API would register", () => {
    const mapped = mapRow(
      row({
        Nome: "Amina",
        Cognome: "Diallo",
        Sesso: "F",
        Nascita: "12/05/1990",
        Cittadinanza: "Senegal",
        CF: provisional("9123456789"),
        Comune: "Palermo",
        Lingue: "wolof, francese",
        Nucleo: "N1",
        Rel: "referente",
        Ref: "sì",
      }),
      index,
      places,
    );
    expect(mapped).toEqual({
      ok: true,
      input: {
        givenName: "Amina",
        familyName: "Diallo",
        sex: "female",
        birthDate: "1990-05-12",
        citizenship: "SN",
        taxCode: provisional("9123456789"),
        domicileIstat: "082053",
        languages: [
          { language: "wol", isPrimary: false },
          { language: "fra", isPrimary: false },
        ],
      },
      household: { key: "N1", relation: "reference_person", isReference: true },
    });
  });

  it("rejects with a stable code and the field", () => {
    const base = { Nome: "Amina", Cognome: "Diallo" };
    expect(mapRow(row({ ...base, CF: "RSSMRA80A01H501X" }), index, places)).toMatchObject({
      ok: false,
      code: "INVALID_TAX_CODE",
      field: "taxCode",
    });
    expect(mapRow(row({ ...base, Cittadinanza: "Atlantide" }), index, places)).toMatchObject({
      code: "UNKNOWN_COUNTRY",
      field: "citizenship",
    });
    expect(mapRow(row({ ...base, Comune: "Atlantide" }), index, places)).toMatchObject({
      code: "UNKNOWN_MUNICIPALITY",
    });
    expect(mapRow(row({ ...base, Nascita: "31/02/1990" }), index, places)).toMatchObject({
      code: "INVALID_ROW",
      field: "birthDate",
    });
    expect(mapRow(row({ Cognome: "Diallo" }), index, places)).toMatchObject({
      code: "INVALID_ROW",
      field: "givenName",
    });
    expect(mapRow(row({ ...base, Nucleo: "N1", Rel: "vicino" }), index, places)).toMatchObject({
      field: "householdRelation",
    });
  });
});

describe("FileDuplicates", () => {
  it("finds the same tax code, or the same name skeleton, birth year and citizenship, in any spelling and order", () => {
    const d = new FileDuplicates();
    const tax = provisional("9000000001");
    expect(
      d.check(2, { givenName: "Mohamed", familyName: "Ali", sex: "male", birthYear: 1990, taxCode: tax }),
    ).toBeNull();
    expect(d.check(3, { givenName: "X", familyName: "Y", sex: "male", taxCode: tax })).toMatchObject({
      code: "DUPLICATE_IN_FILE",
      message: "taxCode: the same tax code as row 2",
    });
    expect(
      d.check(4, { givenName: "Mohammed", familyName: "ALI", sex: "male", birthDate: "1990-01-05" }),
    ).toMatchObject({
      message: "the same name, birth year and citizenship as row 2",
    });
    expect(d.check(5, { givenName: "Mohamed", familyName: "Ali", sex: "male", birthYear: 1991 })).toBeNull();
    // two different tax codes are two different people
    const other = provisional("9000000002");
    const other2 = provisional("9000000003");
    expect(
      d.check(6, { givenName: "Fatou", familyName: "Sow", sex: "female", birthYear: 1980, taxCode: other }),
    ).toBeNull();
    expect(
      d.check(7, { givenName: "Fatou", familyName: "Sow", sex: "female", birthYear: 1980, taxCode: other2 }),
    ).toBeNull();
  });
});
