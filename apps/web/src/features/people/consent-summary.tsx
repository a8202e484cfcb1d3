import type { ConsentSummary as Summary } from "@approdo/contracts";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../app/ui/format-date.ts";

/** "What is allowed today": per purpose, the organisations that may receive data, and which data. */
export function ConsentSummary({ summary, controllerName }: { summary: Summary; controllerName: string }) {
  const { t, i18n } = useTranslation();
  // a purpose no organisation may receive data for says nothing
  const purposes = summary.purposes.filter((purpose) => purpose.organizations.length > 0);
  return (
    <div className="card card-bg shadow-sm mb-4" data-testid="consent-summary">
      <div className="card-body">
        <h3 className="h5">
          {t("people.consent.summaryTitle", { date: formatDate(summary.on, i18n.language) })}
        </h3>
        <p className="small">{t("people.consent.controllerNote", { name: controllerName })}</p>
        {purposes.length === 0 ? (
          <p className="mb-0">{t("people.consent.nothingAllowed")}</p>
        ) : (
          <ul className="mb-0">
            {purposes.map((purpose) => (
              <li key={purpose.purpose}>
                <strong>{t(`consentPurposes.${purpose.purpose}`)}</strong>
                <ul>
                  {purpose.organizations.map((organization) => (
                    <li key={organization.organizationId}>
                      {organization.name ?? t("people.consent.unknownOrganization")}:{" "}
                      {organization.dataCategories
                        .map((category) => t(`dataCategories.${category}`))
                        .join(", ")}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
