/** Translations keyed by language code; Italian is always there for catalogue entries. */
export type Translations = Partial<Record<string, string | undefined>>;

/** The text in the UI language, else Italian, else any, else the fallback (usually the code). */
export function translated(texts: Translations | null | undefined, language: string, fallback = ""): string {
  if (!texts) return fallback;
  const base = language.split("-")[0] ?? language;
  const pick = texts[base] ?? texts.it ?? Object.values(texts).find((value) => value);
  return pick?.trim() ? pick : fallback;
}
