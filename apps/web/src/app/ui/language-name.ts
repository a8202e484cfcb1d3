/** "ar" → "arabo" (in Italian UI) / "Arabic"; the code itself when the browser does not know it. */
export function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: "language", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}
