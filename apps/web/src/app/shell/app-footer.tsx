import { useTranslation } from "react-i18next";

export function AppFooter() {
  const { t } = useTranslation();
  return (
    <footer className="app-footer">
      <div className="container py-3">
        <p className="mb-0 small">{t("app.footer")}</p>
      </div>
    </footer>
  );
}
