import { countries, isLanguageCode3, languageName, languages } from "@approdo/contracts";
import { normalizeText } from "./parse-values.ts";

/**
 * Reference data looked up by what people write in spreadsheets: countries by ISO code or name in
 * Italian or English, languages by ISO 639-3 or 639-1 code or name, municipalities by ISTAT code
 * or name (with the province when the name is not unique).
 */

/** Names the reference lists do not carry: short forms, old names, other common spellings. */
const countryAliases: Record<string, string> = {
  usa: "US",
  "stati uniti": "US",
  "united states of america": "US",
  uk: "GB",
  "gran bretagna": "GB",
  "great britain": "GB",
  inghilterra: "GB",
  england: "GB",
  "cote d ivoire": "CI",
  "costa d avorio": "CI",
  "ivory coast": "CI",
  "federazione russa": "RU",
  "russian federation": "RU",
  "rd congo": "CD",
  rdc: "CD",
  "dr congo": "CD",
  drc: "CD",
  "congo kinshasa": "CD",
  "congo brazzaville": "CG",
  "repubblica del congo": "CG",
  palestina: "PS",
  palestine: "PS",
  "territori palestinesi": "PS",
  macedonia: "MK",
  birmania: "MM",
  burma: "MM",
  swaziland: "SZ",
  "repubblica ceca": "CZ",
  "czech republic": "CZ",
  bosnia: "BA",
  "sudan del sud": "SS",
  moldavia: "MD",
  bielorussia: "BY",
  "capo verde": "CV",
  "cape verde": "CV",
  "guinea bissau": "GW",
  "corea del nord": "KP",
  "north korea": "KP",
  "corea del sud": "KR",
  "south korea": "KR",
  turkey: "TR",
  turkiye: "TR",
  "viet nam": "VN",
  laos: "LA",
  "santa sede": "VA",
  vaticano: "VA",
};

let countryIndex: Map<string, string> | undefined;

function displayNames(locale: string, type: "region" | "language"): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([locale], { type, fallback: "none" });
  } catch {
    return null;
  }
}

function buildCountryIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const add = (name: string | undefined, code: string) => {
    if (!name) return;
    const key = normalizeText(name);
    if (key && !index.has(key)) index.set(key, code);
  };
  const intl = ["it", "en"].map((l) => displayNames(l, "region"));
  for (const c of countries) {
    add(c.nameIt, c.code);
    add(c.nameEn, c.code);
    for (const names of intl) add(names?.of(c.code), c.code);
  }
  for (const [alias, code] of Object.entries(countryAliases)) index.set(alias, code);
  return index;
}

/** ISO 3166-1 alpha-2 code of a country written as a code or a name; null when not recognised. */
export function lookupCountry(text: string): string | null {
  const value = text.trim();
  if (/^[A-Za-z]{2}$/.test(value)) {
    const code = value.toUpperCase();
    return countries.some((c) => c.code === code) ? code : null;
  }
  countryIndex ??= buildCountryIndex();
  return countryIndex.get(normalizeText(value)) ?? null;
}

/** Names the lists spell differently from how operators write them. */
const languageAliases: Record<string, string> = {
  farsi: "fas",
  persiano: "fas",
  dari: "prs",
  pashtu: "pus",
  pashto: "pus",
  fula: "ful",
  fulani: "ful",
  peul: "ful",
  pulaar: "ful",
  pular: "fuf",
  fulfulde: "ful",
  mandinga: "mnk",
  mandingo: "mnk",
  mandinka: "mnk",
  darija: "ary",
  "arabo marocchino": "ary",
  "arabo egiziano": "arz",
  "arabo sudanese": "apd",
  pidgin: "pcm",
  "pidgin english": "pcm",
  "nigerian pidgin": "pcm",
  edo: "bin",
  bini: "bin",
  tagalog: "tgl",
  filippino: "tgl",
  filipino: "tgl",
  bengali: "ben",
  bangla: "ben",
  tigrinya: "tir",
  tigrino: "tir",
  kurdish: "kur",
  curdo: "kur",
  sorani: "ckb",
  kurmanji: "kmr",
  romeno: "ron",
  romanian: "ron",
  moldavo: "ron",
  mandarino: "cmn",
  mandarin: "cmn",
  cantonese: "yue",
  twi: "twi",
  krio: "kri",
  soninke: "snk",
  punjabi: "pan",
  panjabi: "pan",
  swahili: "swa",
  kiswahili: "swa",
  serbo: "srp",
  croato: "hrv",
  "serbo croato": "hbs",
  greco: "ell",
  greek: "ell",
};

let languageIndex: Map<string, string> | undefined;

function buildLanguageIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const add = (name: string | undefined, code: string, override = false) => {
    if (!name) return;
    const key = normalizeText(name);
    if (key && (override || !index.has(key))) index.set(key, code);
  };
  const intl = ["it", "en"].map((l) => displayNames(l, "language"));
  // Common languages and those with a two-letter code first: their names win over rare homonyms.
  const ranked = [...languages].sort((a, b) => {
    const rank = (l: (typeof languages)[number]) => (l.common ? 0 : l.iso6391 ? 1 : l.macrolanguage ? 2 : 3);
    return rank(a) - rank(b);
  });
  for (const l of ranked) {
    if (l.iso6391) index.set(l.iso6391, l.code);
    if (l.common || l.iso6391) {
      add(languageName(l.code, "it"), l.code);
      for (const names of intl) {
        const name = names?.of(l.iso6391 ?? l.code);
        if (name && normalizeText(name) !== l.code && normalizeText(name) !== l.iso6391) add(name, l.code);
      }
    }
    add(l.name, l.code);
  }
  for (const [alias, code] of Object.entries(languageAliases)) add(alias, code, true);
  return index;
}

/** ISO 639-3 code of a language written as a code (639-3 or 639-1) or a name; null when not recognised. */
export function lookupLanguage(text: string): string | null {
  const value = text.trim().toLowerCase();
  if (/^[a-z]{3}$/.test(value) && isLanguageCode3(value)) return value;
  languageIndex ??= buildLanguageIndex();
  return languageIndex.get(normalizeText(value)) ?? null;
}

export interface MunicipalityRecord {
  istatCode: string;
  name: string;
  /** The province's two-letter code (sigla), e.g. PA. */
  province: string;
}

export type MunicipalityMatch = { code: string } | { problem: "unknown" | "ambiguous" };

export interface MunicipalityIndex {
  find(text: string): MunicipalityMatch;
}

/** An index of the territories table: ISTAT code (leading zero optional), name, or "name (PR)". */
export function municipalityIndex(records: readonly MunicipalityRecord[]): MunicipalityIndex {
  const codes = new Set(records.map((r) => r.istatCode));
  const byName = new Map<string, MunicipalityRecord[]>();
  for (const r of records) {
    const key = normalizeText(r.name);
    byName.set(key, [...(byName.get(key) ?? []), r]);
  }
  return {
    find(text) {
      const value = text.trim();
      if (/^\d{5,6}$/.test(value)) {
        const code = value.padStart(6, "0");
        return codes.has(code) ? { code } : { problem: "unknown" };
      }
      const withProvince = /^(.*?)[\s,(–-]+([A-Za-z]{2})\)?$/.exec(value);
      if (withProvince) {
        const [, name = "", province = ""] = withProvince;
        const found = (byName.get(normalizeText(name)) ?? []).filter(
          (r) => r.province.toUpperCase() === province.toUpperCase(),
        );
        if (found.length === 1 && found[0]) return { code: found[0].istatCode };
      }
      const found = byName.get(normalizeText(value)) ?? [];
      if (found.length === 1 && found[0]) return { code: found[0].istatCode };
      return { problem: found.length > 1 ? "ambiguous" : "unknown" };
    },
  };
}
