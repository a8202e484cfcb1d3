import { apiGet } from "../../app/api/api-client.ts";

/** A country (ISO 3166-1 alpha-2) or a language (ISO 639-3) with its name in the UI language. */
export interface ReferenceItem {
  code: string;
  name: string;
}

export const referenceKeys = {
  languages: (locale: string, common: boolean) => ["reference", "languages", locale, common] as const,
};

export function fetchLanguages(
  locale: string,
  common: boolean,
  signal?: AbortSignal,
): Promise<{ items: ReferenceItem[] }> {
  return apiGet<{ items: ReferenceItem[] }>(
    "/api/v1/reference/languages",
    { locale, common: common ? "true" : undefined },
    signal,
  );
}
