import { useTranslation } from "react-i18next";
import { Link } from "../../app/router/link.tsx";
import { formatDate, formatDateTime } from "../../app/ui/format-date.ts";
import { looseT } from "../../app/ui/loose-t.ts";
import { CaseStateBadge } from "./case-state-badge.tsx";
import { type CaseDetail, subjectName } from "./case-types.ts";
import { useClosureOutcomes } from "./closure-outcomes.ts";
import { useCaseOrganization, useCaseProject } from "./use-case-context.ts";

/** Who and what the case is about, where it stands, who runs it. */
export function CaseHeader({ caseRecord }: { caseRecord: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const outcomes = useClosureOutcomes();
  const organization = useCaseOrganization(caseRecord.organizationId);
  const project = useCaseProject(caseRecord.projectId);
  const subjectPath =
    caseRecord.subjectType === "household"
      ? `/households/${caseRecord.householdId ?? ""}`
      : `/people/${caseRecord.personId ?? ""}`;
  const pending = caseRecord.pendingApproval;
  return (
    <div className="mb-4" data-testid="case-header">
      <p className="d-flex flex-wrap align-items-center gap-2 mb-3">
        <span className="visually-hidden">{t("cases.stateLabel")}: </span>
        <CaseStateBadge state={caseRecord.state} />
      </p>
      {pending ? (
        <div className="alert alert-warning" role="status" data-testid="pending-approval-banner">
          <p className="mb-0 fw-semibold">
            {pending.kind === "plan_version"
              ? t("cases.pendingPlanApproval")
              : t("cases.pendingClosureApproval")}
          </p>
          <p className="mb-0 small">
            {t("cases.pendingSince", {
              when: formatDateTime(pending.requestedAt, i18n.language),
              name: pending.requestedBy?.displayName ?? "—",
            })}
          </p>
        </div>
      ) : null}
      <dl className="row mb-0">
        <dt className="col-12 col-sm-4">{t("cases.subject")}</dt>
        <dd className="col-12 col-sm-8">
          <Link to={subjectPath} dir="auto" data-testid="case-subject">
            {subjectName(caseRecord, t("cases.subjectHidden"))}
          </Link>{" "}
          <span className="text-muted small">
            ({caseRecord.subjectType === "household" ? t("cases.subjectHousehold") : t("cases.subjectPerson")}
            )
          </span>
        </dd>
        <dt className="col-12 col-sm-4">{t("cases.caseManager")}</dt>
        <dd className="col-12 col-sm-8" data-testid="case-manager">
          {caseRecord.caseManager?.displayName ?? t("cases.noCaseManager")}
        </dd>
        <dt className="col-12 col-sm-4">{t("cases.organization")}</dt>
        <dd className="col-12 col-sm-8">{organization.data?.name ?? "…"}</dd>
        <dt className="col-12 col-sm-4">{t("cases.project")}</dt>
        <dd className="col-12 col-sm-8">
          {caseRecord.projectId === null
            ? t("cases.noProject")
            : project.data
              ? `${project.data.code} — ${project.data.title}`
              : "…"}
        </dd>
        <dt className="col-12 col-sm-4">{t("cases.origin")}</dt>
        <dd className="col-12 col-sm-8">
          {looseT(t)(`caseOrigins.${caseRecord.origin}`, { defaultValue: caseRecord.origin })}
        </dd>
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
