/** The browser's name of a language ("tir" → "tigrino"), or the code when it has none. */
export function intlLanguageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: "language", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Sorted by name in the UI language (accents and case ignored). */
export function byName<T extends { name: string }>(items: readonly T[], uiLanguage: string): T[] {
  const collator = new Intl.Collator(uiLanguage, { sensitivity: "base" });
  return [...items].sort((a, b) => collator.compare(a.name, b.name));
}
