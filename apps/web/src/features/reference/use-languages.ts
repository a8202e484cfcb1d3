import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { byName, intlLanguageName } from "./display-names.ts";
import { fallbackLanguageCodes } from "./language-codes.ts";
import { fetchLanguages, type ReferenceItem, referenceKeys } from "./reference-api.ts";

/**
 * The languages (ISO 639-3) most often spoken by the people served, named in the UI language: the
 * server's reference list, or the browser's names of a built-in list until it is loaded (or if it
 * cannot be), so a picker always has its options.
 */
export function useCommonLanguages() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  const query = useQuery({
    queryKey: referenceKeys.languages(locale, true),
    queryFn: ({ signal }) => fetchLanguages(locale, true, signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  const common = useMemo<ReferenceItem[]>(() => {
    const fromServer = query.data?.items ?? [];
    const source =
      fromServer.length > 0
        ? fromServer
        : fallbackLanguageCodes.map((code) => ({ code, name: intlLanguageName(code, locale) }));
    return byName(source, locale);
  }, [query.data, locale]);
  return common;
}

/** Every living language (some 7,000), loaded only when `enabled` (a search has started). */
export function useAllLanguages(enabled: boolean) {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  const query = useQuery({
    queryKey: referenceKeys.languages(locale, false),
    queryFn: ({ signal }) => fetchLanguages(locale, false, signal),
    staleTime: Number.POSITIVE_INFINITY,
    enabled,
  });
  return { all: query.data?.items ?? [], isPending: enabled && query.isPending, error: query.error };
}

/** A language's name in the UI language: from the loaded lists, else the browser's, else the code. */
export function useLanguageName() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  const common = useCommonLanguages();
  const { all } = useAllLanguages(false);
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const item of [...all, ...common]) map.set(item.code, item.name);
    return map;
  }, [all, common]);
  return useCallback(
    (code: string): string => names.get(code) ?? intlLanguageName(code, locale),
    [names, locale],
  );
}
