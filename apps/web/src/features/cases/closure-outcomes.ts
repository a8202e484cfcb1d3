import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { looseT } from "../../app/ui/loose-t.ts";
import { caseKeys, fetchClosureOutcomes } from "./cases-api.ts";
import { closureOutcomeOptions } from "./transitions.ts";

/**
 * Closure outcomes from the network's catalogue (GET /api/v1/catalogues/closure_outcome), labelled
 * in the UI language; the built-in defaults, translated here, when the catalogue cannot be read.
 */
export function useClosureOutcomes() {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: caseKeys.closureOutcomes(),
    queryFn: ({ signal }) => fetchClosureOutcomes(signal),
    staleTime: 10 * 60_000,
    retry: false,
  });
  const language = i18n.language.startsWith("en") ? "en" : "it";
  const catalogue = query.data?.items.map((entry) => ({
    code: entry.code,
    label: entry.labels[language] ?? entry.labels.it ?? null,
    active: entry.active,
  }));
  const options = closureOutcomeOptions(catalogue).map((option) => ({
    value: option.code,
    label: option.label ?? looseT(t)(`closureOutcomes.${option.code}`, { defaultValue: option.code }),
  }));
  const labelOf = (code: string | null | undefined): string => {
    if (!code) return "—";
    return (
      options.find((option) => option.value === code)?.label ??
      looseT(t)(`closureOutcomes.${code}`, { defaultValue: code })
    );
  };
  return { options, labelOf, isPending: query.isPending };
}
