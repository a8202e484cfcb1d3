/**
 * Valid Italian tax codes for the benchmark data. The contracts expose the check character, the
 * provisional code's check digit and the foreign states' cadastral Z-codes (and a validator);
 * the letters of the name and surname follow the Agenzia delle Entrate's rules (DM 12/03/1974).
 * Omocodia is not simulated: two generated people may get the same code, as the data allows.
 */
import { numericCheckDigit, taxCodeCheckCharacter, zCodeOf } from "@approdo/contracts";
import type { Rng } from "./prng.ts";

const MONTHS = "ABCDEHLMPRST";
const VOWELS = new Set(["A", "E", "I", "O", "U"]);

function letters(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .replace(/[^A-Z]/g, "");
}

function split(text: string): { consonants: string[]; vowels: string[] } {
  const chars = [...letters(text)];
  return { consonants: chars.filter((c) => !VOWELS.has(c)), vowels: chars.filter((c) => VOWELS.has(c)) };
}

function surnameCode(familyName: string): string {
  const { consonants, vowels } = split(familyName);
  return `${consonants.join("")}${vowels.join("")}XXX`.slice(0, 3);
}

function givenNameCode(givenName: string): string {
  const { consonants, vowels } = split(givenName);
  if (consonants.length >= 4) return `${consonants[0]}${consonants[2]}${consonants[3]}`;
  return `${consonants.join("")}${vowels.join("")}XXX`.slice(0, 3);
}

/** Cadastral codes of a few large municipalities, for children born in Italy. */
export const ITALIAN_BIRTHPLACES = ["H501", "F205", "L219", "F839", "G273", "A944", "D612", "L736"];

/**
 * The 16-character codice fiscale of a person born on `birthDate` (YYYY-MM-DD) in the country
 * `countryOfBirth` (ISO alpha-2; "IT" needs `italianBirthplace`), or null without a Z-code.
 */
export function taxCodeOf(person: {
  givenName: string;
  familyName: string;
  sex: "female" | "male";
  birthDate: string;
  countryOfBirth: string;
  italianBirthplace?: string;
}): string | null {
  const place = person.countryOfBirth === "IT" ? person.italianBirthplace : zCodeOf(person.countryOfBirth);
  if (!place) return null;
  const year2 = person.birthDate.slice(2, 4);
  const month = MONTHS[Number(person.birthDate.slice(5, 7)) - 1];
  const day = Number(person.birthDate.slice(8, 10)) + (person.sex === "female" ? 40 : 0);
  const first15 = `${surnameCode(person.familyName)}${givenNameCode(person.givenName)}${year2}${month}${String(day).padStart(2, "0")}${place}`;
  return first15 + taxCodeCheckCharacter(first15);
}

/** An 11-digit provisional code (asylum seekers before the full one), with its check digit. */
export function provisionalTaxCode(rng: Rng): string {
  let first10 = String(rng.between(1, 9));
  for (let i = 0; i < 9; i++) first10 += String(rng.int(10));
  return first10 + String(numericCheckDigit(first10));
}
