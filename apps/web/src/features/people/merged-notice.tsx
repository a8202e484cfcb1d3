import { useTranslation } from "react-i18next";
import { Link } from "../../app/router/link.tsx";

/** A record merged into another is kept for history: point to the one that survives. */
export function MergedNotice({ survivorId }: { survivorId: string }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-info" role="status" data-testid="merged-notice">
      <p className="mb-1">{t("people.merged.notice")}</p>
      <Link to={`/people/${survivorId}`} data-testid="merged-survivor-link">
        {t("people.merged.openSurvivor")}
      </Link>
    </div>
  );
}
