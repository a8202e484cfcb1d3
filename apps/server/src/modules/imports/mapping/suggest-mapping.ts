import type { ImportField } from "@approdo/contracts";
import { normalizeText } from "./parse-values.ts";

/**
 * Header names, in Italian and English, that say which field a column holds. Compared after
 * dropping anything in brackets ("Data di nascita (gg/mm/aaaa)"), accents, case and punctuation;
 * the whole name must match, so "Nome e cognome" is not taken for the given name.
 */
const synonyms: Record<ImportField, readonly string[]> = {
  givenName: [
    "nome",
    "nomi",
    "nome proprio",
    "prenome",
    "given name",
    "given names",
    "first name",
    "firstname",
    "forename",
    "forenames",
  ],
  familyName: ["cognome", "cognomi", "surname", "surnames", "family name", "last name", "lastname"],
  sex: ["sesso", "genere", "sex", "gender", "m f", "f m"],
  birthDate: [
    "data di nascita",
    "data nascita",
    "data nasc",
    "nato il",
    "nata il",
    "nato a il",
    "date of birth",
    "birth date",
    "birthdate",
    "dob",
    "born",
  ],
  birthYear: ["anno di nascita", "anno nascita", "anno", "year of birth", "birth year", "yob"],
  citizenship: ["cittadinanza", "nazionalita", "citizenship", "nationality", "stato di cittadinanza"],
  countryOfBirth: [
    "paese di nascita",
    "stato di nascita",
    "nazione di nascita",
    "stato estero di nascita",
    "country of birth",
    "birth country",
    "born in",
  ],
  taxCode: [
    "codice fiscale",
    "cod fiscale",
    "cf",
    "c f",
    "tax code",
    "fiscal code",
    "codice fiscale provvisorio",
  ],
  stpCode: ["codice stp", "stp", "tessera stp", "stp code"],
  eniCode: ["codice eni", "eni", "tessera eni", "eni code"],
  phone: [
    "telefono",
    "tel",
    "cellulare",
    "cell",
    "numero di telefono",
    "recapito telefonico",
    "phone",
    "telephone",
    "mobile",
    "phone number",
  ],
  email: ["email", "e mail", "mail", "posta elettronica", "indirizzo email", "email address"],
  domicileIstat: [
    "comune di domicilio",
    "comune domicilio",
    "comune",
    "codice istat",
    "istat",
    "codice istat comune",
    "comune di residenza",
    "municipality",
    "municipality of domicile",
    "town",
    "city",
  ],
  domicileAddress: [
    "indirizzo",
    "indirizzo di domicilio",
    "via",
    "address",
    "street address",
    "domicile address",
  ],
  languages: [
    "lingue",
    "lingua",
    "lingue parlate",
    "lingua parlata",
    "languages",
    "language",
    "spoken languages",
  ],
  italianLevel: [
    "livello italiano",
    "livello di italiano",
    "livello lingua italiana",
    "conoscenza italiano",
    "conoscenza della lingua italiana",
    "qcer",
    "italian level",
    "level of italian",
    "italian cefr",
    "cefr",
  ],
  arrivalDate: [
    "data di arrivo",
    "data arrivo",
    "data di arrivo in italia",
    "arrivo in italia",
    "arrivo",
    "arrival date",
    "date of arrival",
    "arrival",
  ],
  householdKey: [
    "nucleo",
    "nucleo familiare",
    "id nucleo",
    "codice nucleo",
    "n nucleo",
    "numero nucleo",
    "famiglia",
    "household",
    "household id",
    "family",
    "family id",
  ],
  householdRelation: [
    "relazione",
    "relazione di parentela",
    "parentela",
    "rapporto di parentela",
    "relazione con il referente",
    "relation",
    "relationship",
    "relation to reference person",
  ],
  householdReference: [
    "referente",
    "referente del nucleo",
    "capofamiglia",
    "intestatario",
    "reference person",
    "head of household",
    "is reference",
  ],
};

let index: Map<string, ImportField> | undefined;

/** The header name as compared: without bracketed hints, accents, case and punctuation. */
export function headerKey(header: string): string {
  return normalizeText(header.replace(/\([^)]*\)|\[[^\]]*\]/g, " "));
}

/** The field a header names, if any. */
export function fieldForHeader(header: string): ImportField | null {
  index ??= new Map(
    Object.entries(synonyms).flatMap(([field, names]) =>
      names.map((name) => [headerKey(name), field as ImportField] as const),
    ),
  );
  return index.get(headerKey(header)) ?? null;
}

/** Column → field for the columns whose header is recognised; each field from the first such column only. */
export function suggestMapping(columns: readonly string[]): Record<string, ImportField> {
  const taken = new Set<ImportField>();
  const mapping: Record<string, ImportField> = {};
  for (const column of columns) {
    const field = fieldForHeader(column);
    if (!field || taken.has(field)) continue;
    taken.add(field);
    mapping[column] = field;
  }
  return mapping;
}
