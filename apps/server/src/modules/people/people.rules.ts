import type { nameScripts } from "@approdo/contracts";
import { indexNames, type NameIndex, type NameInput } from "./matching/index.ts";

/** Pure rules about people that are not about who may act. */

export type NameScript = (typeof nameScripts)[number];

/** The birth year is derived from the birth date whenever there is one ("often only the year is known"). */
export function birthYearOf(birthDate: string | null | undefined, birthYear: number | null | undefined) {
  if (birthDate) return Number(birthDate.slice(0, 4));
  return birthYear ?? null;
}

const fullTaxCode = /^[A-Z]{6}[0-9L-NP-V]{2}[A-Z][0-9L-NP-V]{2}[A-Z][0-9L-NP-V]{3}[A-Z]$/;

/** Whether a search box's text is a codice fiscale (16 characters) or an 11-digit provisional code. */
export function looksLikeTaxCode(q: string): boolean {
  const code = q.replace(/\s+/g, "").toUpperCase();
  return fullTaxCode.test(code) || /^\d{11}$/.test(code);
}

export function normalizeTaxCodeText(q: string): string {
  return q.replace(/\s+/g, "").toUpperCase();
}

const scriptTests: readonly [NameScript, RegExp][] = [
  ["Arab", /\p{Script=Arabic}/u],
  ["Cyrl", /\p{Script=Cyrillic}/u],
  ["Ethi", /\p{Script=Ethiopic}/u],
  ["Beng", /\p{Script=Bengali}/u],
  ["Deva", /\p{Script=Devanagari}/u],
  ["Geor", /\p{Script=Georgian}/u],
  ["Armn", /\p{Script=Armenian}/u],
  ["Hans", /\p{Script=Han}/u],
];

/** The ISO 15924 script of a name as typed, when the client did not say. */
export function detectScript(...texts: string[]): NameScript {
  const text = texts.join(" ");
  for (const [script, test] of scriptTests) if (test.test(text)) return script;
  return /\p{Script=Latin}/u.test(text) || !/\p{L}/u.test(text) ? "Latn" : "Other";
}

/** The stored name index of a person: the document name first, then every other spelling. */
export function nameIndexOf(primary: NameInput, others: readonly NameInput[]): NameIndex {
  return indexNames([
    { givenName: primary.givenName, familyName: primary.familyName },
    ...others.map((n) => ({ givenName: n.givenName, familyName: n.familyName })),
  ]);
}

/** Fields a merge copies from the duplicate when the survivor has none (the survivor's own values win). */
export const fillableFields = [
  "birthDate",
  "birthYear",
  "countryOfBirth",
  "citizenship",
  "taxCode",
  "stpCode",
  "eniCode",
  "italianLevel",
  "phone",
  "email",
  "domicileIstat",
  "domicileAddress",
  "arrivalDate",
] as const;
export type FillableField = (typeof fillableFields)[number];
export type FillableValues = { [K in FillableField]: string | number | null };

/**
 * What the survivor of a merge takes from the duplicate: each field it lacks and the duplicate has.
 * A birth date is taken only when it agrees with the survivor's known year.
 */
export function fillFromDuplicate(
  survivor: FillableValues,
  duplicate: FillableValues,
): Partial<FillableValues> {
  const filled: Partial<FillableValues> = {};
  for (const field of fillableFields) {
    if (survivor[field] !== null || duplicate[field] === null) continue;
    filled[field] = duplicate[field];
  }
  if (typeof filled.birthDate === "string") {
    const year = Number(filled.birthDate.slice(0, 4));
    if (survivor.birthYear !== null && survivor.birthYear !== year) delete filled.birthDate;
    else if (survivor.birthYear === null) filled.birthYear = year;
  }
  return filled;
}

/** One row per language (a repeated code counts once, primary if any repetition was). */
export function uniqueLanguages(
  languages: readonly { language: string; isPrimary?: boolean | undefined }[] | undefined,
): { language: string; isPrimary: boolean }[] {
  const byCode = new Map<string, boolean>();
  for (const l of languages ?? []) byCode.set(l.language, (byCode.get(l.language) ?? false) || !!l.isPrimary);
  return [...byCode].map(([language, isPrimary]) => ({ language, isPrimary }));
}

/** Today's date in Italy (where the services are), as YYYY-MM-DD. */
export function todayInItaly(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome" }).format(now);
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A search box's words as a name: the first word as given name, the rest as family name. */
export function nameOfQuery(q: string): NameInput {
  const [first = "", ...rest] = q.trim().split(/\s+/);
  return { givenName: first, familyName: rest.join(" ") };
}
