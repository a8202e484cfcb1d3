import { useTranslation } from "react-i18next";

/** Shown on every page of a demo instance, so nobody mistakes it for real records. */
export function DemoBanner() {
  const { t } = useTranslation();
  return (
    <div className="demo-banner" data-testid="demo-banner">
      <strong className="demo-banner-label">{t("app.demoLabel")}</strong>
      <span>{t("app.demoBanner")}</span>
    </div>
  );
}
