import type { HouseholdDetail } from "@approdo/contracts";
import { useTranslation } from "react-i18next";

/** What the server derives from relations and ages (never entered by hand). */
export function HouseholdBadges({ household }: { household: HouseholdDetail }) {
  const { t } = useTranslation();
  return (
    <ul className="list-inline mb-4" aria-label={t("households.flags")} data-testid="household-flags">
      {household.singleParent ? (
        <li className="list-inline-item">
          <span className="badge bg-primary fs-6">{t("households.singleParent")}</span>
        </li>
      ) : null}
      <li className="list-inline-item">
        <span className="badge bg-secondary fs-6">
          {t("households.minorsInCharge", { n: household.minorsInCharge })}
        </span>
      </li>
      {household.minorsUnknownAge > 0 ? (
        <li className="list-inline-item">
          <span className="badge bg-warning text-dark fs-6">
            {t("households.minorsUnknownAge", { count: household.minorsUnknownAge })}
          </span>
        </li>
      ) : null}
    </ul>
  );
}
