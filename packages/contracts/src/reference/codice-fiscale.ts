import { zCodesAcceptedFor } from "./countries.ts";

/**
 * Codice fiscale checks shared by the server and the web forms (pure, no data beyond the country list).
 * A full code is 16 characters: surname (3), name (3), birth year (2), month letter, birth day (+40 for
 * women), birthplace (a municipality's cadastral code, or "Z" + 3 digits for a foreign state) and a check
 * letter. When two people would get the same code the Agenzia delle Entrate replaces digits, from the
 * right, with the letters LMNPQRSTUV (omocodia). Asylum seekers often hold an 11-digit numeric
 * provisional code, checked like a partita IVA.
 */

export type TaxCodeKind = "full" | "provisional";
export type TaxCodeFailure =
  | "FORMAT"
  | "CHECK_CHARACTER"
  | "BIRTH_DATE_MISMATCH"
  | "SEX_MISMATCH"
  | "COUNTRY_MISMATCH"
  | "BIRTHPLACE_MISMATCH";
export type TaxCodeResult = { ok: true; kind: TaxCodeKind } | { ok: false; reason: TaxCodeFailure };

export interface TaxCodeContext {
  /** ISO date (YYYY-MM-DD). */
  birthDate?: string | null;
  birthYear?: number | null;
  /** "female" / "male" (or "F" / "M"); other values are not checked. */
  sex?: string | null;
  /** ISO 3166-1 alpha-2 code of the country of birth. */
  countryOfBirth?: string | null;
  /** The cadastral code of the birthplace (a municipality's, or a foreign state's Z-code). */
  birthplaceBelfiore?: string | null;
}

/** What a full code says about its holder. */
export interface DecodedTaxCode {
  /** The last two digits of the birth year (the century is not encoded). */
  birthYear2: number;
  /** 1…12 */
  birthMonth: number;
  /** 1…31 */
  birthDay: number;
  sex: "female" | "male";
  /** The birthplace's cadastral code with omocodia undone ("G273", "Z330"). */
  birthplace: string;
  /** Whether the birthplace is a foreign state (a Z-code). */
  bornAbroad: boolean;
  /** Whether some digits were replaced by letters. */
  omocode: boolean;
}

const MONTHS = "ABCDEHLMPRST";
const OMOCODES = "LMNPQRSTUV";
/** Positions (0-based) that hold digits, or their omocodia letters. */
const DIGIT_POSITIONS = [6, 7, 9, 10, 12, 13, 14] as const;
const FULL_FORMAT = /^[A-Z]{6}[0-9L-NP-V]{2}[ABCDEHLMPRST][0-9L-NP-V]{2}[A-Z][0-9L-NP-V]{3}[A-Z]$/;
/** Values of A…Z (and of 0…9 at the same index) in the odd positions (1st, 3rd… 15th). */
const ODD_VALUES = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

function charIndex(c: string): number {
  const code = c.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 65;
}

/** Removes spaces and upper-cases. */
export function normalizeTaxCode(code: string): string {
  return code.replace(/\s+/g, "").toUpperCase();
}

/** The check letter of the first 15 characters of a full code (upper case, omocodia letters allowed). */
export function taxCodeCheckCharacter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const v = charIndex(first15[i] ?? "0");
    sum += i % 2 === 0 ? (ODD_VALUES[v] ?? 0) : v;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** The partita IVA check digit of the first 10 digits (used by 11-digit provisional codes). */
export function numericCheckDigit(first10: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const d = Number(first10[i]);
    if (i % 2 === 0) sum += d;
    else sum += d * 2 > 9 ? d * 2 - 9 : d * 2;
  }
  return (10 - (sum % 10)) % 10;
}

function undoOmocodia(code: string): string {
  const chars = [...code];
  for (const p of DIGIT_POSITIONS) {
    const i = OMOCODES.indexOf(chars[p] ?? "");
    if (i >= 0) chars[p] = String(i);
  }
  return chars.join("");
}

function daysInMonth(year2: number, month: number): number {
  // The century is unknown: 29 February is allowed whenever the two digits could be a leap year.
  if (month === 2) return year2 % 4 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Decodes a full 16-character code (any case, spaces ignored) without checking the check letter; null if malformed. */
export function decodeTaxCode(input: string): DecodedTaxCode | null {
  const code = normalizeTaxCode(input);
  if (!FULL_FORMAT.test(code)) return null;
  const plain = undoOmocodia(code);
  const birthYear2 = Number(plain.slice(6, 8));
  const birthMonth = MONTHS.indexOf(plain[8] ?? "") + 1;
  const dayField = Number(plain.slice(9, 11));
  const sex = dayField > 40 ? "female" : "male";
  const birthDay = dayField > 40 ? dayField - 40 : dayField;
  if (birthDay < 1 || birthDay > daysInMonth(birthYear2, birthMonth)) return null;
  const birthplace = plain.slice(11, 15);
  return {
    birthYear2,
    birthMonth,
    birthDay,
    sex,
    birthplace,
    bornAbroad: birthplace.startsWith("Z"),
    omocode: plain !== code,
  };
}

function sexOf(value: string | null | undefined): "female" | "male" | null {
  const s = value?.trim().toLowerCase();
  if (s === "f" || s === "female") return "female";
  if (s === "m" || s === "male") return "male";
  return null;
}

function fullYearOf(context: TaxCodeContext): number | null {
  if (context.birthDate && /^\d{4}-\d{2}-\d{2}/.test(context.birthDate))
    return Number(context.birthDate.slice(0, 4));
  return context.birthYear ?? null;
}

/**
 * Validates a codice fiscale: the 16-character code (format, check letter, a real birth date) or the
 * 11-digit provisional one (check digit). With a context, a full code must also agree with the birth
 * date or year, the sex, the country of birth (a Z-code must be that country's, or a defunct state it
 * succeeded for people born before; a person born in Italy has a municipality's code) and the birthplace.
 */
export function validateTaxCode(input: string, context: TaxCodeContext = {}): TaxCodeResult {
  const code = normalizeTaxCode(input);
  if (/^\d{11}$/.test(code)) {
    if (code.startsWith("0000000")) return { ok: false, reason: "FORMAT" };
    return numericCheckDigit(code) === Number(code[10])
      ? { ok: true, kind: "provisional" }
      : { ok: false, reason: "CHECK_CHARACTER" };
  }
  const decoded = decodeTaxCode(code);
  if (!decoded) return { ok: false, reason: "FORMAT" };
  if (taxCodeCheckCharacter(code) !== code[15]) return { ok: false, reason: "CHECK_CHARACTER" };

  const fullYear = fullYearOf(context);
  if (fullYear !== null && fullYear % 100 !== decoded.birthYear2)
    return { ok: false, reason: "BIRTH_DATE_MISMATCH" };
  if (context.birthDate && /^\d{4}-\d{2}-\d{2}/.test(context.birthDate)) {
    const month = Number(context.birthDate.slice(5, 7));
    const day = Number(context.birthDate.slice(8, 10));
    if (month !== decoded.birthMonth || day !== decoded.birthDay)
      return { ok: false, reason: "BIRTH_DATE_MISMATCH" };
  }
  const sex = sexOf(context.sex);
  if (sex && sex !== decoded.sex) return { ok: false, reason: "SEX_MISMATCH" };
  const country = context.countryOfBirth?.trim().toUpperCase();
  if (country) {
    const fits = decoded.bornAbroad
      ? zCodesAcceptedFor(country, fullYear).includes(decoded.birthplace)
      : country === "IT";
    if (!fits) return { ok: false, reason: "COUNTRY_MISMATCH" };
  }
  const birthplace = context.birthplaceBelfiore?.trim().toUpperCase();
  if (birthplace && birthplace !== decoded.birthplace) return { ok: false, reason: "BIRTHPLACE_MISMATCH" };
  return { ok: true, kind: "full" };
}

/**
 * The regions' codes in the health system's (SSN) numbering, as used by STP and ENI codes:
 * "010" Piemonte … "200" Sardegna, with "041" and "042" for the autonomous provinces of Bolzano and Trento.
 */
export const healthRegionCodes: Readonly<Record<string, string>> = {
  "010": "Piemonte",
  "020": "Valle d'Aosta",
  "030": "Lombardia",
  "041": "Provincia autonoma di Bolzano",
  "042": "Provincia autonoma di Trento",
  "050": "Veneto",
  "060": "Friuli-Venezia Giulia",
  "070": "Liguria",
  "080": "Emilia-Romagna",
  "090": "Toscana",
  "100": "Umbria",
  "110": "Marche",
  "120": "Lazio",
  "130": "Abruzzo",
  "140": "Molise",
  "150": "Campania",
  "160": "Puglia",
  "170": "Basilicata",
  "180": "Calabria",
  "190": "Sicilia",
  "200": "Sardegna",
};

export type HealthCodeResult =
  | { ok: true; region: string; healthAuthority: string }
  | { ok: false; reason: "FORMAT" | "REGION" };

function validateHealthCode(prefix: "STP" | "ENI", input: string): HealthCodeResult {
  const code = normalizeTaxCode(input);
  const m = new RegExp(`^${prefix}(\\d{3})(\\d{3})(\\d{7})$`).exec(code);
  if (!m) return { ok: false, reason: "FORMAT" };
  const [, region = "", healthAuthority = "", serial = ""] = m;
  if (healthAuthority === "000" || /^0+$/.test(serial)) return { ok: false, reason: "FORMAT" };
  if (!Object.hasOwn(healthRegionCodes, region)) return { ok: false, reason: "REGION" };
  return { ok: true, region, healthAuthority };
}

/** STP (Straniero Temporaneamente Presente): "STP" + region (3 digits) + health authority (3) + serial (7). */
export function validateStp(code: string): HealthCodeResult {
  return validateHealthCode("STP", code);
}

/** ENI (Europeo Non Iscritto), for EU citizens without health cover: "ENI" + region + health authority + serial. */
export function validateEni(code: string): HealthCodeResult {
  return validateHealthCode("ENI", code);
}
