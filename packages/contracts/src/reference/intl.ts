const cache = new Map<string, Intl.DisplayNames | null>();

/** Intl.DisplayNames for `locale` without fallback (undefined when it has no name), or null where the runtime has none. */
export function displayNames(locale: string, type: "region" | "language"): Intl.DisplayNames | null {
  const key = `${type}:${locale}`;
  let names = cache.get(key);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type, fallback: "none" });
    } catch {
      names = null;
    }
    cache.set(key, names);
  }
  return names;
}

/** The runtime's display name of `code`, or undefined (no Intl data, or an invalid code). */
export function intlName(locale: string, type: "region" | "language", code: string): string | undefined {
  try {
    return displayNames(locale, type)?.of(code);
  } catch {
    return undefined;
  }
}
