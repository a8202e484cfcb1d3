import { useTranslation } from "react-i18next";

function isEmpty(details: unknown): boolean {
  if (details === null || details === undefined) return true;
  if (typeof details === "object") return Object.keys(details).length === 0;
  return false;
}

export function AuditDetailsCell({ details }: { details: unknown }) {
  const { t } = useTranslation();
  if (isEmpty(details)) return <>—</>;
  return (
    <details className="audit-details">
      <summary>{t("audit.showDetails")}</summary>
      <pre className="mb-0">{JSON.stringify(details, null, 2)}</pre>
    </details>
  );
}
