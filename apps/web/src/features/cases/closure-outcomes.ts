import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { looseT } from "../../app/ui/loose-t.ts";
import { caseKeys, fetchCatalogue } from "./cases-api.ts";
import { closureOutcomeOptions } from "./transitions.ts";

/** A catalogue's labels in the UI language (Italian when a label lacks the language). */
export function useCatalogueLabels(kind: string) {
  const { i18n } = useTranslation();
  const query = useQuery({
    queryKey: caseKeys.catalogue(kind),
    queryFn: ({ signal }) => fetchCatalogue(kind, signal),
    staleTime: 10 * 60_000,
    retry: false,
  });
  const language = i18n.language.startsWith("en") ? "en" : "it";
  const entries = query.data?.items.map((entry) => ({
    code: entry.code,
    label: (language === "en" ? entry.labels.en : undefined) ?? entry.labels.it,
    active: entry.active,
  }));
  return { entries, isPending: query.isPending };
}

/**
 * Closure outcomes from the network's catalogue (GET /api/v1/catalogues/closure_outcome), labelled
 * in the UI language; the built-in defaults, translated here, when the catalogue cannot be read.
 */
export function useClosureOutcomes() {
  const { t } = useTranslation();
  const { entries, isPending } = useCatalogueLabels("closure_outcome");
  const options = closureOutcomeOptions(entries).map((option) => ({
    value: option.code,
    label: option.label ?? looseT(t)(`closureOutcomes.${option.code}`, { defaultValue: option.code }),
  }));
  const labelOf = (code: string | null | undefined): string => {
    if (!code) return "—";
    return (
      entries?.find((entry) => entry.code === code)?.label ??
      looseT(t)(`closureOutcomes.${code}`, { defaultValue: code })
    );
  };
  return { options, labelOf, isPending };
}
