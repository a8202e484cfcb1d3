import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import en from "../i18n/en.json";
import it from "../i18n/it.json";

export const supportedLanguages = ["it", "en"] as const;
export type Language = (typeof supportedLanguages)[number];

const storageKey = "approdo.language";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (supportedLanguages as readonly string[]).includes(value);
}

export function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  // i18next knows which languages are right-to-left (ar, fa, ur…): ready for an Arabic locale.
  document.documentElement.dir = i18next.dir(language);
}

export function initI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { it: { translation: it }, en: { translation: en } },
    lng: storedLanguage() ?? "it",
    fallbackLng: "it",
    supportedLngs: [...supportedLanguages],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  applyToDocument(i18next.language);
  i18next.on("languageChanged", applyToDocument);
  return i18next;
}

/** The user's explicit choice: remembered on this device. */
export function chooseLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  void i18next.changeLanguage(language);
}

/** After sign-in, use the profile's language unless this device has an explicit choice. */
export function adoptProfileLanguage(language: Language): void {
  if (storedLanguage() === null && i18next.language !== language) void i18next.changeLanguage(language);
}
