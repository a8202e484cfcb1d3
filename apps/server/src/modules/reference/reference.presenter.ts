import {
  countries,
  countryName,
  languageName,
  languages,
  permitTypes,
  type ReferenceLocale,
  vulnerabilityCatalogue,
} from "@approdo/contracts";

export interface CountryItem {
  code: string;
  name: string;
  zCode: string | null;
}
export interface LanguageItem {
  code: string;
  name: string;
  common: boolean;
}

/** Sorted by name as readers of `locale` expect; the lists are static, so each locale's is built once. */
function byName<T extends { name: string; code: string }>(items: T[], locale: string): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  return items.sort((a, b) => collator.compare(a.name, b.name) || (a.code < b.code ? -1 : 1));
}

const countryLists = new Map<ReferenceLocale, CountryItem[]>();
export function presentCountries(locale: ReferenceLocale): CountryItem[] {
  let items = countryLists.get(locale);
  if (!items) {
    items = byName(
      countries.map((c) => ({ code: c.code, name: countryName(c.code, locale) ?? c.nameEn, zCode: c.zCode })),
      locale,
    );
    countryLists.set(locale, items);
  }
  return items;
}

const languageLists = new Map<ReferenceLocale, LanguageItem[]>();
export function presentLanguages(locale: ReferenceLocale, onlyCommon: boolean): LanguageItem[] {
  let items = languageLists.get(locale);
  if (!items) {
    items = byName(
      languages.map((l) => ({
        code: l.code,
        name: languageName(l.code, locale) ?? l.name,
        common: l.common,
      })),
      locale,
    );
    languageLists.set(locale, items);
  }
  return onlyCommon ? items.filter((l) => l.common) : items;
}

export function presentPermitTypes(): { code: string }[] {
  return permitTypes.map((code) => ({ code }));
}

export function presentVulnerabilities(): { code: string; specialCategory: boolean }[] {
  return vulnerabilityCatalogue.map((v) => ({ code: v.code, specialCategory: v.specialCategory }));
}
