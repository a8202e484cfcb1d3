import type { CatalogKind, CatalogueEntry } from "@approdo/contracts";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { translated } from "./catalogue-text.ts";
import { catalogueKeys, fetchCatalogue } from "./catalogues-api.ts";

/**
 * One catalogue for forms and lists: the entries (active ones unless `includeInactive`, sorted as
 * the administrator ordered them) and `label(code)` in the UI language. Historic records may use
 * a code that is no longer active: `label` falls back to the code itself.
 */
export function useCatalogue(kind: CatalogKind, includeInactive = false) {
  const { i18n } = useTranslation();
  const query = useQuery({
    queryKey: catalogueKeys.kind(kind, includeInactive),
    queryFn: ({ signal }) => fetchCatalogue(kind, includeInactive, signal),
    staleTime: 5 * 60_000,
  });
  const entries = useMemo<CatalogueEntry[]>(
    () =>
      [...(query.data?.items ?? [])].sort(
        (a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code),
      ),
    [query.data],
  );
  const byCode = useMemo(() => new Map(entries.map((entry) => [entry.code, entry])), [entries]);
  const label = useCallback(
    (code: string) => translated(byCode.get(code)?.labels, i18n.language, code),
    [byCode, i18n.language],
  );
  return { entries, byCode, label, isPending: query.isPending, error: query.error, refetch: query.refetch };
}
