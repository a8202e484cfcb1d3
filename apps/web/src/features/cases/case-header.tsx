import { useTranslation } from "react-i18next";
import { Link } from "../../app/router/link.tsx";
import { formatDate, formatDateTime } from "../../app/ui/format-date.ts";
import { CaseStateBadge } from "./case-state-badge.tsx";
import type { CaseDetail } from "./case-types.ts";
import { useClosureOutcomes } from "./closure-outcomes.ts";

/** Who and what the case is about, where it stands, who runs it. */
export function CaseHeader({ caseRecord }: { caseRecord: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const outcomes = useClosureOutcomes();
  const subjectPath =
    caseRecord.subjectType === "household"
      ? `/households/${caseRecord.householdId ?? ""}`
      : `/people/${caseRecord.personId ?? ""}`;
  const pending = caseRecord.pendingApprovalInfo;
  return (
    <div className="mb-4" data-testid="case-header">
      <p className="d-flex flex-wrap align-items-center gap-2 mb-3">
        <CaseStateBadge state={caseRecord.state} />
        <span className="visually-hidden">{t("cases.stateLabel")}</span>
      </p>
      {pending || caseRecord.pendingApproval ? (
        <div className="alert alert-warning" role="status" data-testid="pending-approval-banner">
          <p className="mb-0 fw-semibold">
            {pending?.kind === "plan_version"
              ? t("cases.pendingPlanApproval")
              : t("cases.pendingClosureApproval")}
          </p>
          {pending ? (
            <p className="mb-0 small">
              {t("cases.pendingSince", {
                when: formatDateTime(pending.requestedAt, i18n.language),
                name: pending.requestedByName ?? "—",
              })}
            </p>
          ) : null}
        </div>
      ) : null}
      <dl className="row mb-0">
        <dt className="col-12 col-sm-4">{t("cases.subject")}</dt>
        <dd className="col-12 col-sm-8">
          <Link to={subjectPath} dir="auto" data-testid="case-subject">
            {caseRecord.subjectName}
          </Link>{" "}
          <span className="text-muted small">
            ({caseRecord.subjectType === "household" ? t("cases.subjectHousehold") : t("cases.subjectPerson")}
            )
          </span>
        </dd>
        <dt className="col-12 col-sm-4">{t("cases.caseManager")}</dt>
        <dd className="col-12 col-sm-8" data-testid="case-manager">
          {caseRecord.caseManagerName ?? t("cases.noCaseManager")}
        </dd>
        <dt className="col-12 col-sm-4">{t("cases.organization")}</dt>
        <dd className="col-12 col-sm-8">{caseRecord.organizationName}</dd>
        <dt className="col-12 col-sm-4">{t("cases.project")}</dt>
        <dd className="col-12 col-sm-8">{caseRecord.projectTitle ?? t("cases.noProject")}</dd>
        <dt className="col-12 col-sm-4">{t("cases.origin")}</dt>
        <dd className="col-12 col-sm-8">{t(`caseOrigins.${caseRecord.origin}`)}</dd>
        <dt className="col-12 col-sm-4">{t("cases.contactedAt")}</dt>
        <dd className="col-12 col-sm-8">{formatDate(caseRecord.contactedAt, i18n.language)}</dd>
        {caseRecord.state === "closed" ? (
          <>
            <dt className="col-12 col-sm-4">{t("cases.closedAt")}</dt>
            <dd className="col-12 col-sm-8">{formatDate(caseRecord.closedAt, i18n.language)}</dd>
            <dt className="col-12 col-sm-4">{t("cases.outcome")}</dt>
            <dd className="col-12 col-sm-8" data-testid="case-outcome">
              {outcomes.labelOf(caseRecord.outcome)}
            </dd>
          </>
        ) : null}
        {caseRecord.summary ? (
          <>
            <dt className="col-12 col-sm-4">{t("cases.summary")}</dt>
            <dd className="col-12 col-sm-8" style={{ whiteSpace: "pre-wrap" }} dir="auto">
              {caseRecord.summary}
            </dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
