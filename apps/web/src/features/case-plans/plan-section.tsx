import type { PlanActionStatus, PlanDetail } from "@approdo/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useIdempotencyKey } from "../../app/api/use-idempotency-key.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { formatDate } from "../../app/ui/format-date.ts";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { translated } from "../admin-catalogues/catalogue-text.ts";
import { useOrganizationOptions } from "../admin-organizations/use-organization-options.ts";
import { useSession } from "../auth/use-session.ts";
import {
  assessmentKeys,
  fetchAssessmentProgress,
  fetchLatestAssessment,
} from "../case-assessments/assessments-api.ts";
import { caseFacts } from "../case-assessments/case-record.ts";
import type { CaseSectionProps } from "../cases/case-section.tsx";
import { TogglePanel } from "../people/toggle-panel.tsx";
import { AgreementForm } from "./agreement-form.tsx";
import type { PlanPickers } from "./goal-fieldset.tsx";
import { PlanEditor } from "./plan-editor.tsx";
import {
  goalsFromAssessment,
  newPlanForm,
  type PlanCreateFormOutput,
  type PlanReplaceFormOutput,
  planCreateFormSchema,
  planReplaceFormSchema,
  planToForm,
} from "./plan-form-schema.ts";
import type { PlanNames } from "./plan-names.ts";
import { PlanPdfLink } from "./plan-pdf-link.tsx";
import { PlanVersionView } from "./plan-version-view.tsx";
import { PlanVersions } from "./plan-versions.tsx";
import {
  approvePlan,
  createPlan,
  fetchLatestPlan,
  planKeys,
  replacePlan,
  submitPlan,
  updateActionStatus,
} from "./plans-api.ts";

/**
 * The personalised plan: goals per domain (proposed from the last assessment's needs), actions,
 * review date; saving (a new version once a version is approved or signed), submitting for
 * approval or approving, the beneficiary's agreement, the summary PDF, and every older version.
 */
export function PlanSection({ caseRecord, onStatus }: CaseSectionProps) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const facts = caseFacts(caseRecord, me.user.id);
  const caseId = facts.id;
  const [decisionError, setDecisionError] = useState<unknown>(null);
  const [deciding, setDeciding] = useState(false);
  const plan = useQuery({
    queryKey: planKeys.latest(caseId),
    queryFn: ({ signal }) => fetchLatestPlan(caseId, signal),
  });
  const progress = useQuery({
    queryKey: assessmentKeys.progress(caseId),
    queryFn: ({ signal }) => fetchAssessmentProgress(caseId, signal),
  });
  const latestAssessment = useQuery({
    queryKey: assessmentKeys.latest(caseId),
    queryFn: ({ signal }) => fetchLatestAssessment(caseId, signal),
  });
  const organizations = useOrganizationOptions();

  if (plan.isPending || progress.isPending || latestAssessment.isPending) return <LoadingIndicator />;
  if (plan.isError) return <ApiErrorAlert error={plan.error} />;
  if (progress.isError) return <ApiErrorAlert error={progress.error} />;

  const domains = progress.data.domains;
  const people = progress.data.people;
  const domainLabel = (code: string) =>
    translated(domains.find((domain) => domain.code === code)?.labels, i18n.language, code);
  const personName = (personId: string | null) => {
    if (!personId) return null;
    const person = people.find((candidate) => candidate.personId === personId);
    return person ? `${person.givenName} ${person.familyName}` : null;
  };
  const organizationName = (id: string | null) =>
    id
      ? (organizations.organizations.find((o) => o.id === id)?.name ??
        facts.team.find((member) => member.organizationId === id)?.organizationName ??
        id)
      : "—";
  const operatorName = (id: string | null) =>
    id ? (facts.team.find((member) => member.userId === id)?.displayName ?? id) : "—";
  const names: PlanNames = {
    domain: domainLabel,
    person: personName,
    organization: organizationName,
    operator: operatorName,
  };
  const pickers: PlanPickers = {
    domains: domains.map((domain) => ({ value: domain.code, label: domainLabel(domain.code) })),
    people: people.map((person) => ({
      value: person.personId,
      label: `${person.givenName} ${person.familyName}`,
    })),
    organizations: organizations.organizations.map((o) => ({ value: o.id, label: o.name })),
    operators: facts.team.map((member) => ({
      value: member.userId,
      label: member.organizationName
        ? `${member.displayName} (${member.organizationName})`
        : member.displayName,
    })),
  };
  const canWrite = facts.canWrite && facts.state !== "closed";
  const refresh = async (detail?: PlanDetail) => {
    if (detail) queryClient.setQueryData(planKeys.latest(caseId), detail);
    await queryClient.invalidateQueries({ queryKey: planKeys.case(caseId) });
    await queryClient.invalidateQueries({ queryKey: ["cases"] });
  };
  const reload = () => {
    setDecisionError(null);
    void plan.refetch();
  };

  const current = plan.data;
  if (!current) {
    if (!canWrite) return <p>{t("plans.none")}</p>;
    const proposed = goalsFromAssessment(
      latestAssessment.data,
      domains.map((domain) => domain.code),
      (domain, personId, level) => {
        const name = personName(personId);
        return t("plans.proposedGoal", {
          domain: name ? `${domainLabel(domain)} — ${name}` : domainLabel(domain),
          level,
        });
      },
    );
    const create = async (values: PlanCreateFormOutput) => {
      const created = await createPlan(caseId, values, idempotency.current());
      idempotency.renew();
      await refresh(created);
      onStatus(t("plans.created"));
    };
    return (
      <>
        <p>{t("plans.none")}</p>
        <TogglePanel label={t("plans.new")} testId="plan-new">
          {() => (
            <PlanEditor
              mode="create"
              schema={planCreateFormSchema}
              defaultValues={newPlanForm(t("plans.defaultTitle"), proposed)}
              pickers={pickers}
              onSubmit={create}
            />
          )}
        </TogglePanel>
      </>
    );
  }

  const version = current.current;
  const save = (close: () => void) => async (values: PlanReplaceFormOutput) => {
    const updated = await replacePlan(caseId, current.id, values);
    await refresh(updated);
    onStatus(
      updated.currentVersion > current.currentVersion
        ? t("plans.savedNewVersion", { n: updated.currentVersion })
        : t("plans.saved"),
    );
    close();
  };
  const decide = async () => {
    setDecisionError(null);
    setDeciding(true);
    try {
      const updated = current.approvalRequired
        ? await submitPlan(caseId, current.id, current.version)
        : await approvePlan(caseId, current.id, current.version);
      await refresh(updated);
      onStatus(current.approvalRequired ? t("plans.submitted") : t("plans.approved"));
    } catch (error) {
      setDecisionError(error);
    } finally {
      setDeciding(false);
    }
  };

  const changeActionStatus = async (actionId: string, status: PlanActionStatus) => {
    setDecisionError(null);
    setDeciding(true);
    try {
      const updated = await updateActionStatus(caseId, current.id, actionId, {
        status,
        version: current.version,
      });
      await refresh(updated);
      onStatus(t("plans.actionStatusSaved", { status: t(`plans.actionStatuses.${status}`) }));
    } catch (error) {
      setDecisionError(error);
    } finally {
      setDeciding(false);
    }
  };

  return (
    <>
      <p aria-live="polite" data-testid="plan-status">
        <span className="badge bg-primary me-2">{t(`plans.statuses.${current.status}`)}</span>{" "}
        {t("plans.currentVersion", { n: current.currentVersion })}
        {current.approvedVersion ? ` · ${t("plans.approvedVersion", { n: current.approvedVersion })}` : ""}
        {current.nextReviewOn
          ? ` · ${t("plans.reviewOn", { date: formatDate(current.nextReviewOn, i18n.language) })}`
          : ""}
      </p>
      <PlanVersionView
        version={version}
        names={names}
        onActionStatus={
          canWrite ? (actionId, status) => void changeActionStatus(actionId, status) : undefined
        }
        busy={deciding}
      />
      <ApiErrorAlert error={decisionError} onReload={reload} />
      {canWrite ? (
        <>
          {version.status === "draft" && facts.isCaseManager ? (
            <p>
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => void decide()}
                disabled={deciding}
                data-testid="plan-decide"
              >
                {deciding
                  ? t("common.saving")
                  : current.approvalRequired
                    ? t("plans.submit")
                    : t("plans.approve")}
              </button>
            </p>
          ) : null}
          {version.status === "pending_approval" ? <p>{t("plans.waitingApproval")}</p> : null}
          <TogglePanel label={t("plans.edit")} testId="plan-edit">
            {(close) => (
              <PlanEditor
                key={current.version}
                mode="edit"
                schema={planReplaceFormSchema(current.version)}
                defaultValues={planToForm(version)}
                pickers={pickers}
                makesNewVersion={version.locked}
                onSubmit={save(close)}
                onReload={() => {
                  close();
                  reload();
                }}
              />
            )}
          </TogglePanel>
          {version.agreement.signed ? null : (
            <TogglePanel label={t("plans.recordAgreementToggle")} testId="plan-agreement">
              {(close) => (
                <AgreementForm
                  caseId={caseId}
                  planId={current.id}
                  number={version.number}
                  onDone={async () => {
                    await refresh();
                    onStatus(t("plans.agreementRecorded"));
                    close();
                  }}
                />
              )}
            </TogglePanel>
          )}
        </>
      ) : null}
      <h3 className="h5 mt-4">{t("plans.pdfTitle")}</h3>
      <PlanPdfLink caseId={caseId} planId={current.id} />
      <h3 className="h5 mt-4">{t("plans.versionsTitle")}</h3>
      <PlanVersions
        caseId={caseId}
        planId={current.id}
        currentVersion={current.currentVersion}
        names={names}
      />
    </>
  );
}
