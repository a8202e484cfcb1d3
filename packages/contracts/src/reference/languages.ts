import { intlName } from "./intl.ts";
import { languageData } from "./languages.data.ts";

/** A living language by its ISO 639-3 code. */
export interface Language {
  code: string;
  /** The ISO 639-3 reference name in English. */
  name: string;
  /** The ISO 639-1 two-letter code, when the language has one. */
  iso6391: string | null;
  /** A macrolanguage (Arabic, Persian, Kurdish…) groups individual languages (Moroccan Arabic, Dari…). */
  macrolanguage: boolean;
  /** Spoken by many of the people the services take in charge: offered first in pickers. */
  common: boolean;
}

/**
 * Languages often spoken by migrants arriving in Italy, with their Italian name where the runtime's
 * CLDR data lacks it or maps the code to another language (twi → Akan, cmn → Chinese, kmr → Kurdish).
 */
const commonLanguages: Record<string, string | null> = {
  ara: null,
  arz: null,
  ary: null,
  apd: "arabo sudanese",
  ben: null,
  urd: null,
  pus: null,
  prs: "dari",
  fas: null,
  tir: null,
  tig: null,
  amh: null,
  som: null,
  orm: null,
  fra: null,
  eng: null,
  spa: null,
  por: null,
  rus: null,
  ukr: null,
  tur: null,
  kur: null,
  ckb: "curdo sorani",
  kmr: "curdo kurmanji",
  wol: null,
  ful: null,
  fuv: "fulfulde nigeriano",
  fuf: "pular",
  bam: null,
  mnk: "mandinka",
  snk: null,
  hau: null,
  yor: null,
  ibo: null,
  bin: "edo (bini)",
  pcm: null,
  aka: null,
  twi: "twi",
  ewe: null,
  kri: "krio",
  pan: null,
  hin: null,
  nep: null,
  sin: null,
  tam: null,
  mal: null,
  zho: null,
  cmn: "cinese mandarino",
  tgl: "tagalog",
  sqi: null,
  ron: null,
  bul: null,
  srp: null,
  ita: null,
};

function buildLanguages(): Language[] {
  return languageData.map((row) => {
    const [code = "", name = "", iso6391 = "", scope = ""] = row.split("|");
    return {
      code,
      name,
      iso6391: iso6391 || null,
      macrolanguage: scope === "M",
      common: Object.hasOwn(commonLanguages, code),
    };
  });
}

/** The living ISO 639-3 languages (individual languages and macrolanguages), sorted by code. */
export const languages: readonly Language[] = /* @__PURE__ */ buildLanguages();

let byCode: Map<string, Language> | undefined;
function languageIndex(): Map<string, Language> {
  byCode ??= new Map(languages.map((l) => [l.code, l]));
  return byCode;
}

/** Whether `code` is a living ISO 639-3 language code (lower case). */
export function isLanguageCode3(code: string): boolean {
  return languageIndex().has(code);
}

/** The language with this ISO 639-3 code, if it is a living one. */
export function languageOf(code: string): Language | undefined {
  return languageIndex().get(code);
}

/** Whether the runtime's canonical form of `tag` is the language itself rather than another one it aliases. */
function canonicalIsSelf(tag: string, language: Language): boolean {
  try {
    const canonical = Intl.getCanonicalLocales(tag)[0];
    return canonical === language.code || canonical === language.iso6391;
  } catch {
    return false;
  }
}

/**
 * The language's name in `locale`: English gives the ISO reference name; other locales the runtime's
 * Intl.DisplayNames when it knows this very language, with curated Italian names for the common
 * languages CLDR lacks, else the English name. Undefined for an unknown code.
 */
export function languageName(code: string, locale = "it"): string | undefined {
  const language = languageIndex().get(code);
  if (!language) return undefined;
  const lang = locale.toLowerCase();
  if (lang === "en" || lang.startsWith("en-")) return language.name;
  const curated = commonLanguages[code];
  if (curated && (lang === "it" || lang.startsWith("it-"))) return curated;
  const tag = language.iso6391 ?? language.code;
  const name = intlName(locale, "language", tag);
  if (name && name.toLowerCase() !== tag && canonicalIsSelf(tag, language)) return name;
  return language.name;
}
