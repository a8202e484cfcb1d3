import type { cefrLevels, HouseholdRelation, sexes } from "@approdo/contracts";

/**
 * How the cells of a spreadsheet written by people become values: dates in the Italian and ISO
 * forms, sexes, yes/no, relations and CEFR levels in Italian or English. Pure functions; null means
 * "not understood" (the caller rejects the row), undefined "empty".
 */

/** Lower case, no diacritics, apostrophes and punctuation as single spaces. */
export function normalizeText(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A cell a CSV export protected against formula injection ("'=…", "'+39…") is read back without the apostrophe. */
export function unescapeCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

export type ParsedDate = { date: string } | { year: number };

function validDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** Excel counts days from 30 December 1899; a date column formatted as a number shows that count. */
function excelSerial(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 10_000 || serial > 80_000) return null;
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

const unknownPart = /^(0{1,2}|x{1,2}|\?{1,2})$/i;

/**
 * A date as written in Italy (12/05/1990, 12-05-1990, 12.05.1990), in ISO form (1990-05-12, also
 * with a time), or a year alone (1990, or 00/00/1990, XX/XX/1990, 00/05/1990 when the day or month is
 * unknown, as on many documents of people born abroad). Two-digit years are refused (which century?).
 */
export function parseDate(text: string): ParsedDate | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (iso) {
    const date = validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? { date } : null;
  }
  const italian = /^([0-9xX?]{1,2})[/.-]([0-9xX?]{1,2})[/.-](\d{4})$/.exec(value);
  if (italian) {
    const [, day = "", month = "", year = ""] = italian;
    if (unknownPart.test(month)) return unknownPart.test(day) ? { year: Number(year) } : null;
    if (unknownPart.test(day)) return { year: Number(year) };
    if (!/^\d+$/.test(day) || !/^\d+$/.test(month)) return null;
    const date = validDate(Number(year), Number(month), Number(day));
    return date ? { date } : null;
  }
  if (/^\d{4}$/.test(value)) return { year: Number(value) };
  if (/^\d{5}$/.test(value)) {
    const date = excelSerial(Number(value));
    return date ? { date } : null;
  }
  return null;
}

export function parseYear(text: string): number | null {
  const value = text.trim().replace(/\.0+$/, "");
  return /^\d{4}$/.test(value) ? Number(value) : null;
}

type Sex = (typeof sexes)[number];
const sexWords: Record<string, Sex> = {
  m: "male",
  maschio: "male",
  maschile: "male",
  uomo: "male",
  male: "male",
  man: "male",
  f: "female",
  femmina: "female",
  femminile: "female",
  donna: "female",
  female: "female",
  woman: "female",
  x: "other",
  altro: "other",
  other: "other",
  "non binario": "other",
  "non binary": "other",
  nonbinary: "other",
  "non noto": "unknown",
  "non nota": "unknown",
  "non dichiarato": "unknown",
  sconosciuto: "unknown",
  unknown: "unknown",
  nd: "unknown",
  "n d": "unknown",
};

/** F/M as on Italian documents, the words in Italian or English; empty is "unknown". */
export function parseSex(text: string): Sex | null {
  const key = normalizeText(text);
  if (key === "") return "unknown";
  return sexWords[key] ?? null;
}

const yes = new Set(["si", "s", "yes", "y", "true", "vero", "x", "1", "referente", "capofamiglia"]);
const no = new Set(["no", "n", "false", "falso", "0", ""]);

/** sì/no, yes/no, true/false, 1/0, x/empty. */
export function parseYesNo(text: string): boolean | null {
  const key = normalizeText(text);
  if (yes.has(key) || text.trim() === "✓") return true;
  if (no.has(key)) return false;
  return null;
}

const relationWords: Record<string, HouseholdRelation> = {
  "reference person": "reference_person",
  reference: "reference_person",
  head: "reference_person",
  "head of household": "reference_person",
  referente: "reference_person",
  capofamiglia: "reference_person",
  "capo famiglia": "reference_person",
  intestatario: "reference_person",
  intestataria: "reference_person",
  richiedente: "reference_person",
  spouse: "spouse",
  wife: "spouse",
  husband: "spouse",
  coniuge: "spouse",
  moglie: "spouse",
  marito: "spouse",
  partner: "partner",
  convivente: "partner",
  compagno: "partner",
  compagna: "partner",
  child: "child",
  son: "child",
  daughter: "child",
  figlio: "child",
  figlia: "child",
  "figlio a": "child",
  parent: "parent",
  father: "parent",
  mother: "parent",
  genitore: "parent",
  padre: "parent",
  madre: "parent",
  sibling: "sibling",
  brother: "sibling",
  sister: "sibling",
  fratello: "sibling",
  sorella: "sibling",
  grandchild: "grandchild",
  grandson: "grandchild",
  granddaughter: "grandchild",
  grandparent: "grandparent",
  grandfather: "grandparent",
  grandmother: "grandparent",
  nonno: "grandparent",
  nonna: "grandparent",
  "other relative": "other_relative",
  relative: "other_relative",
  "altro parente": "other_relative",
  parente: "other_relative",
  // "nipote" is both a grandchild and a nephew or niece in Italian.
  nipote: "other_relative",
  zio: "other_relative",
  zia: "other_relative",
  cugino: "other_relative",
  cugina: "other_relative",
  cognato: "other_relative",
  cognata: "other_relative",
  suocero: "other_relative",
  suocera: "other_relative",
  other: "other",
  altro: "other",
  altra: "other",
};

/** The relation to the household's reference person, by its code or a word in Italian or English. */
export function parseRelation(text: string): HouseholdRelation | null {
  const key = normalizeText(text);
  const code = key.replace(/ /g, "_");
  const codes: readonly string[] = [
    "reference_person",
    "spouse",
    "partner",
    "child",
    "parent",
    "sibling",
    "grandchild",
    "grandparent",
    "other_relative",
    "other",
  ];
  if (codes.includes(code)) return code as HouseholdRelation;
  return relationWords[key] ?? null;
}

type Cefr = (typeof cefrLevels)[number];

/** A1…C2, and pre-A1 in its spellings (pre A1, preA1, pre_a1, A0). */
export function parseCefr(text: string): Cefr | null {
  const key = normalizeText(text)
    .replace(/^livello /, "")
    .replace(/^level /, "")
    .replace(/ /g, "");
  if (/^(pre_?a1|prea1|a0)$/.test(key)) return "pre_a1";
  if (/^[abc][12]$/.test(key)) return key as Cefr;
  return null;
}

/** The separate entries of a list cell: "arabo, francese; wolof / inglese". */
export function splitList(text: string): string[] {
  return text
    .split(/[,;/|+]|\s+e\s+|\s+and\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
