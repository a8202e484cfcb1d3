/**
 * Weights of evidence (log-odds) of the attributes other than the name, Fellegi–Sunter style:
 * agreement adds, disagreement subtracts, unknown adds nothing. score.ts sums them with the
 * name's weight and maps the sum to 0…1 with the logistic function.
 */
import type { MatchReason } from "./reasons.ts";

export interface Evidence {
  weight: number;
  reason: MatchReason | null;
}

const NONE: Evidence = { weight: 0, reason: null };

interface Birth {
  year: number | null;
  /** MM-DD when the day is really known (not a 01-01 placeholder). */
  day: string | null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

export function birthOf(birthDate: string | null | undefined, birthYear: number | null | undefined): Birth {
  const m = birthDate ? ISO_DATE.exec(birthDate) : null;
  if (!m) return { year: birthYear ?? null, day: null };
  // Offices that only know the year often record 1 January: treat it as "year only".
  const day = m[2] === "01" && m[3] === "01" ? null : `${m[2]}-${m[3]}`;
  return { year: Number(m[1]), day };
}

function swappedDayMonth(a: string, b: string): boolean {
  return a.slice(0, 2) === b.slice(3, 5) && a.slice(3, 5) === b.slice(0, 2);
}

/** Ages of asylum seekers are often estimated, so one year apart is still weak agreement. */
export function birthEvidence(a: Birth, b: Birth): Evidence {
  if (a.year === null || b.year === null) return NONE;
  const gap = Math.abs(a.year - b.year);
  if (gap === 0) {
    if (a.day && b.day && a.day === b.day) return { weight: 2.2, reason: "birth_date_equal" };
    // Different days in the same year: a typing error (05-12 vs 12-05) or another person.
    const weight = a.day && b.day && !swappedDayMonth(a.day, b.day) ? 0.2 : 1.2;
    return { weight, reason: "birth_year_equal" };
  }
  if (gap === 1) return { weight: 0.3, reason: "birth_year_close" };
  if (gap === 2) return { weight: -0.6, reason: "birth_year_close" };
  return { weight: -Math.min(4, 2.5 + 0.15 * (gap - 3)), reason: "birth_year_different" };
}

export function citizenshipEvidence(a: string | null | undefined, b: string | null | undefined): Evidence {
  if (!a || !b) return NONE;
  return a.trim().toUpperCase() === b.trim().toUpperCase()
    ? { weight: 0.4, reason: "citizenship_equal" }
    : { weight: -1.2, reason: "citizenship_different" };
}

function sexCode(sex: string | null | undefined): "m" | "f" | null {
  const s = sex?.trim().toLowerCase();
  if (s === "m" || s === "male") return "m";
  if (s === "f" || s === "female") return "f";
  return null;
}

export function sexEvidence(a: string | null | undefined, b: string | null | undefined): Evidence {
  const x = sexCode(a);
  const y = sexCode(b);
  return x && y && x !== y ? { weight: -2, reason: "sex_different" } : NONE;
}

/** Omocodia: digits of a codice fiscale replaced by letters when two people collide. */
const OMOCODE_POSITIONS = [6, 7, 9, 10, 12, 13, 14];
const OMOCODE_LETTERS = "LMNPQRSTUV";
const SPACES = /\s+/g;

function canonicalTaxCode(code: string | null | undefined): string | null {
  const c = code?.replace(SPACES, "").toUpperCase();
  if (!c) return null;
  if (c.length !== 16) return c;
  const chars = c.split("");
  for (const p of OMOCODE_POSITIONS) {
    const digit = OMOCODE_LETTERS.indexOf(chars[p]!);
    if (digit >= 0) chars[p] = String(digit);
  }
  return chars.join("");
}

/**
 * Equal codes identify a person. Two different full codes are strong evidence against, unless
 * they differ only in the six letters derived from the name (computed from another spelling)
 * and agree on birth date, sex and birthplace. The 11-digit provisional code given to asylum
 * seekers is replaced by a full one later, so it never counts against.
 */
export function taxCodeEvidence(a: string | null | undefined, b: string | null | undefined): Evidence {
  const x = canonicalTaxCode(a);
  const y = canonicalTaxCode(b);
  if (!x || !y) return NONE;
  if (x === y) return { weight: 9, reason: "tax_code_equal" };
  if (x.length !== 16 || y.length !== 16) return NONE;
  if (x.slice(6, 15) === y.slice(6, 15)) return { weight: 1, reason: null };
  return { weight: -4, reason: "tax_code_different" };
}
