import { describe, expect, it } from "vitest";
import { fieldForHeader, headerKey, suggestMapping } from "./suggest-mapping.ts";

describe("suggestMapping", () => {
  it("recognises Italian and English headers, ignoring case, accents, punctuation and hints in brackets", () => {
    expect(
      suggestMapping([
        "Nome",
        "COGNOME",
        "Sesso (M/F)",
        "Data di nascita (gg/mm/aaaa)",
        "Nazionalità",
        "Paese di nascita",
        "Codice Fiscale",
        "Tel.",
        "E-mail",
        "Comune di domicilio",
        "Indirizzo",
        "Lingue parlate",
        "Livello italiano",
        "Data di arrivo",
        "Nucleo familiare",
        "Relazione",
        "Referente",
      ]),
    ).toEqual({
      Nome: "givenName",
      COGNOME: "familyName",
      "Sesso (M/F)": "sex",
      "Data di nascita (gg/mm/aaaa)": "birthDate",
      Nazionalità: "citizenship",
      "Paese di nascita": "countryOfBirth",
      "Codice Fiscale": "taxCode",
      "Tel.": "phone",
      "E-mail": "email",
      "Comune di domicilio": "domicileIstat",
      Indirizzo: "domicileAddress",
      "Lingue parlate": "languages",
      "Livello italiano": "italianLevel",
      "Data di arrivo": "arrivalDate",
      "Nucleo familiare": "householdKey",
      Relazione: "householdRelation",
      Referente: "householdReference",
    });
    expect(
      suggestMapping([
        "Given name",
        "Surname",
        "Date of birth",
        "Year of birth",
        "Nationality",
        "Household ID",
      ]),
    ).toEqual({
      "Given name": "givenName",
      Surname: "familyName",
      "Date of birth": "birthDate",
      "Year of birth": "birthYear",
      Nationality: "citizenship",
      "Household ID": "householdKey",
    });
  });

  it("maps a field from its first column only and leaves unknown or ambiguous headers alone", () => {
    expect(suggestMapping(["Nome", "Name", "Nome (2)", "Nome e cognome", "Note"])).toEqual({
      Nome: "givenName",
    });
    expect(fieldForHeader("Nome e cognome")).toBeNull();
    expect(fieldForHeader("Anno di nascita")).toBe("birthYear");
  });

  it("compares headers without accents, case, punctuation or bracketed hints", () => {
    expect(headerKey("  Città di  NASCITA [obbligatorio] ")).toBe("citta di nascita");
  });
});
