import { useTranslation } from "react-i18next";
import { daysUntil, permitWarningDays } from "./person-format.ts";

/** "Expires in 12 days" within 60 days of the expiry; "Expired" on the latest permit only. */
export function PermitExpiryBadge({ expiresOn, latest }: { expiresOn: string | null; latest: boolean }) {
  const { t } = useTranslation();
  if (!expiresOn) return null;
  const days = daysUntil(expiresOn);
  if (days < 0) {
    return latest ? <span className="badge bg-danger ms-2">{t("people.permitExpired")}</span> : null;
  }
  if (days > permitWarningDays) return null;
  return (
    <span className="badge bg-warning text-dark ms-2" data-testid="permit-expiring">
      {days === 0 ? t("people.permitExpiresToday") : t("people.permitExpiresIn", { count: days })}
    </span>
  );
}
