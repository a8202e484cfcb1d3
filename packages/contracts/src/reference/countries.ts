import { countryRows, historicStateRows } from "./countries.data.ts";
import { intlName } from "./intl.ts";

/** A country or territory by its ISO 3166-1 alpha-2 code. */
export interface Country {
  code: string;
  /** Fallback names (i18n-iso-countries); `countryName` prefers the runtime's Intl data. */
  nameEn: string;
  nameIt: string;
  /**
   * The Italian cadastral code of the foreign state ("Z330" for Morocco), the birthplace part of a
   * codice fiscale. For a territory with no code of its own (Réunion, Hong Kong…) it is the code of the
   * state it belongs to, and `ownZCode` is false. Null for Italy (its municipalities have codes) and
   * Antarctica.
   */
  zCode: string | null;
  ownZCode: boolean;
}

/** A defunct state whose Z-code still appears on codici fiscali of people born before it dissolved. */
export interface HistoricState {
  zCode: string;
  nameEn: string;
  nameIt: string;
  /** The last day the code was valid (ISO date). */
  until: string;
  /** The alpha-2 codes of the states that succeeded it. */
  successors: readonly string[];
}

export const countries: readonly Country[] = /* @__PURE__ */ countryRows.map(
  ([code, nameEn, nameIt, z, own]) => ({
    code,
    nameEn,
    nameIt,
    zCode: z,
    ownZCode: own === 1,
  }),
);

export const historicStates: readonly HistoricState[] = /* @__PURE__ */ historicStateRows.map(
  ([zCode, nameEn, nameIt, until, successors]) => ({ zCode, nameEn, nameIt, until, successors }),
);

let byCode: Map<string, Country> | undefined;
let byZCode: Map<string, string> | undefined;

function countryIndex(): Map<string, Country> {
  byCode ??= new Map(countries.map((c) => [c.code, c]));
  return byCode;
}

/** Whether `code` is an ISO 3166-1 alpha-2 code (upper case). */
export function isCountryCode(code: string): boolean {
  return countryIndex().has(code);
}

/**
 * The country's name in `locale` ("it", "en"…): the runtime's Intl.DisplayNames (CLDR) when it has
 * one, else the embedded Italian name for Italian locales and the English one otherwise.
 * Undefined for an unknown code.
 */
export function countryName(code: string, locale = "it"): string | undefined {
  const country = countryIndex().get(code);
  if (!country) return undefined;
  const name = intlName(locale, "region", code);
  if (name && name !== code) return name;
  return locale.toLowerCase().startsWith("it") ? country.nameIt : country.nameEn;
}

/** The Z-code of a country ("MA" → "Z330"), or null (Italy, Antarctica, unknown codes). */
export function zCodeOf(alpha2: string): string | null {
  return countryIndex().get(alpha2)?.zCode ?? null;
}

/** The country whose own Z-code this is ("Z330" → "MA"); null for unknown and defunct states' codes. */
export function countryOfZCode(zCode: string): string | null {
  byZCode ??= new Map(countries.filter((c) => c.ownZCode && c.zCode).map((c) => [c.zCode as string, c.code]));
  return byZCode.get(zCode) ?? null;
}

/** The defunct state with this Z-code ("Z135" → the Soviet Union), if any. */
export function historicStateOfZCode(zCode: string): HistoricState | undefined {
  return historicStates.find((h) => h.zCode === zCode);
}

/**
 * The Z-codes a codice fiscale may carry for someone born in `alpha2`: the current one and those of
 * the defunct states it succeeded (the Soviet Union for Ukraine), unless `birthYear` is after they
 * dissolved.
 */
export function zCodesAcceptedFor(alpha2: string, birthYear?: number | null): string[] {
  const current = zCodeOf(alpha2);
  const accepted = current ? [current] : [];
  for (const h of historicStates) {
    if (!h.successors.includes(alpha2)) continue;
    if (birthYear != null && birthYear > Number(h.until.slice(0, 4))) continue;
    accepted.push(h.zCode);
  }
  return accepted;
}
