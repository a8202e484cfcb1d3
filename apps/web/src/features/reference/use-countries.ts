import { countryName as contractCountryName, countries } from "@approdo/contracts";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ReferenceItem } from "./reference-api.ts";

/**
 * Countries (ISO 3166-1 alpha-2) named and sorted in the UI language, from the shared reference
 * list of the contracts (the one the server validates with): no request, always available.
 */
export function useCountries() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  const sorted = useMemo<ReferenceItem[]>(() => {
    const collator = new Intl.Collator(locale, { sensitivity: "base" });
    return countries
      .map((country) => ({
        code: country.code,
        name: contractCountryName(country.code, locale) ?? country.code,
      }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [locale]);
  const countryName = useCallback(
    (code: string | null | undefined): string => (code ? (contractCountryName(code, locale) ?? code) : "—"),
    [locale],
  );
  return { countries: sorted, countryName };
}
