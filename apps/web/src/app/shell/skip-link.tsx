import { useTranslation } from "react-i18next";

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <div className="skiplinks">
      <a className="visually-hidden-focusable" href="#main-content">
        {t("app.skipToContent")}
      </a>
    </div>
  );
}
