import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { formatDate, formatDateTime } from "../../app/ui/format-date.ts";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { TableRegion } from "../case-assessments/table-region.tsx";
import type { PlanNames } from "./plan-names.ts";
import { PlanVersionView } from "./plan-version-view.tsx";
import { fetchPlanVersion, fetchPlanVersions, planKeys } from "./plans-api.ts";

interface PlanVersionsProps {
  caseId: string;
  planId: string;
  currentVersion: number;
  names: PlanNames;
}

/** Every version of the plan, newest first; an older one opens read-only below the list. */
export function PlanVersions({ caseId, planId, currentVersion, names }: PlanVersionsProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  const versions = useQuery({
    queryKey: planKeys.versions(caseId, planId),
    queryFn: ({ signal }) => fetchPlanVersions(caseId, planId, signal),
  });
  const opened = useQuery({
    queryKey: planKeys.version(caseId, planId, open ?? 0),
    queryFn: ({ signal }) => fetchPlanVersion(caseId, planId, open ?? 0, signal),
    enabled: open !== null,
  });
  if (versions.isPending) return <LoadingIndicator />;
  if (versions.isError) return <ApiErrorAlert error={versions.error} />;
  return (
    <>
      <TableRegion label={t("plans.versionsCaption")}>
        <table className="table table-sm caption-top" data-testid="plan-versions-table">
          <caption>{t("plans.versionsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("plans.version")}</th>
              <th scope="col">{t("common.status")}</th>
              <th scope="col">{t("plans.createdAt")}</th>
              <th scope="col">{t("plans.agreement")}</th>
              <th scope="col">{t("plans.changeNote")}</th>
              <th scope="col">{t("common.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {versions.data.items.map((version) => (
              <tr key={version.id}>
                <th scope="row">
                  {version.number}
                  {version.number === currentVersion ? (
                    <>
                      {" "}
                      <span className="badge bg-primary ms-2">{t("plans.current")}</span>
                    </>
                  ) : null}
                </th>
                <td>{t(`plans.versionStatuses.${version.status}`)}</td>
                <td>{formatDateTime(version.createdAt, i18n.language)}</td>
                <td>
                  {version.agreement.signed
                    ? formatDate(version.agreement.agreedOn, i18n.language)
                    : t("plans.agreementMissingShort")}
                </td>
                <td dir="auto">{version.changeNote || "—"}</td>
                <td>
                  <button
                    type="button"
                    className="btn btn-outline-primary btn-sm"
                    aria-expanded={open === version.number}
                    aria-controls="plan-version-read"
                    onClick={() => setOpen(open === version.number ? null : version.number)}
                    data-testid={`plan-version-open-${version.number}`}
                  >
                    {open === version.number ? t("plans.closeVersion") : t("plans.viewVersion")}
                    <span className="visually-hidden"> {t("plans.versionN", { n: version.number })}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <div id="plan-version-read" aria-live="polite">
        {open !== null ? (
          <div className="border border-primary rounded p-3 mb-3">
            <h3 className="h5">{t("plans.readOnlyVersion", { n: open })}</h3>
            {opened.isPending ? <LoadingIndicator /> : null}
            {opened.isError ? <ApiErrorAlert error={opened.error} /> : null}
            {opened.data ? <PlanVersionView version={opened.data} names={names} /> : null}
          </div>
        ) : null}
      </div>
    </>
  );
}
