import { useTranslation } from "react-i18next";
import { chooseLanguage, supportedLanguages } from "../i18n.ts";

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="language-switcher">
      <legend className="visually-hidden">{t("header.language")}</legend>
      {supportedLanguages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="btn btn-xs language-switcher-button"
          aria-pressed={i18n.resolvedLanguage === language}
          onClick={() => chooseLanguage(language)}
          data-testid={`language-${language}`}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </fieldset>
  );
}
