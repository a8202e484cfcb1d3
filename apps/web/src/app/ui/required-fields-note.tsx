import { useTranslation } from "react-i18next";

/** Explains the asterisk of required fields; shown at the top of forms that have some. */
export function RequiredFieldsNote() {
  const { t } = useTranslation();
  return <p className="small mb-0">{t("common.requiredFieldsNote")}</p>;
}
