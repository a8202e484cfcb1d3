import { type PlanActionStatus, type PlanVersion, planActionStatuses } from "@approdo/contracts";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../app/ui/format-date.ts";
import { languageName } from "../../app/ui/language-name.ts";
import { TableRegion } from "../case-assessments/table-region.tsx";
import type { PlanNames } from "./plan-names.ts";

interface PlanVersionViewProps {
  version: PlanVersion;
  names: PlanNames;
  /** The current version, for a reader who may record progress: each action's status is a select. */
  onActionStatus?: ((actionId: string, status: PlanActionStatus) => void) | undefined;
  busy?: boolean;
}

/** One version of the plan, read-only (except, on the current one, each action's progress). */
export function PlanVersionView({ version, names, onActionStatus, busy }: PlanVersionViewProps) {
  const { t, i18n } = useTranslation();
  const agreement = version.agreement;
  return (
    <div data-testid={`plan-version-${version.number}`}>
      <dl className="row mb-3">
        <dt className="col-sm-4">{t("plans.planTitle")}</dt>
        <dd className="col-sm-8" dir="auto">
          {version.title}
        </dd>
        <dt className="col-sm-4">{t("plans.versionStatus")}</dt>
        <dd className="col-sm-8">
          {t("plans.versionN", { n: version.number })} — {t(`plans.versionStatuses.${version.status}`)}
        </dd>
        <dt className="col-sm-4">{t("plans.nextReviewOn")}</dt>
        <dd className="col-sm-8">{formatDate(version.nextReviewOn, i18n.language)}</dd>
        <dt className="col-sm-4">{t("plans.agreement")}</dt>
        <dd className="col-sm-8">
          {agreement.signed && agreement.agreedOn
            ? t("plans.agreementSigned", {
                date: formatDate(agreement.agreedOn, i18n.language),
                language: agreement.language ? languageName(agreement.language, i18n.language) : "—",
              })
            : t("plans.agreementMissing")}
        </dd>
        {version.changeNote ? (
          <>
            <dt className="col-sm-4">{t("plans.changeNote")}</dt>
            <dd className="col-sm-8" dir="auto">
              {version.changeNote}
            </dd>
          </>
        ) : null}
      </dl>
      {version.goals.length === 0 ? <p>{t("plans.noGoals")}</p> : null}
      {version.goals.map((goal, index) => {
        const person = names.person(goal.personId);
        return (
          <div key={goal.id} className="mb-4">
            <h3 className="h6 mb-1">
              {t("plans.goalN", { n: index + 1 })}: {names.domain(goal.domain)}
              {person ? <span dir="auto"> — {person}</span> : null}
            </h3>
            <p className="mb-2" dir="auto">
              {goal.description}
            </p>
            {goal.actions.length === 0 ? (
              <p className="small">{t("plans.noActions")}</p>
            ) : (
              <TableRegion label={t("plans.actionsOf", { n: index + 1 })}>
                <table className="table table-sm caption-top">
                  <caption>{t("plans.actionsOf", { n: index + 1 })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("plans.actionDescription")}</th>
                      <th scope="col">{t("plans.responsibleOrganization")}</th>
                      <th scope="col">{t("plans.responsibleOperator")}</th>
                      <th scope="col">{t("plans.dueOn")}</th>
                      <th scope="col">{t("plans.actionStatus")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {goal.actions.map((action) => (
                      <tr key={action.id}>
                        <th scope="row" dir="auto" className="fw-normal">
                          {action.description}
                        </th>
                        <td>{names.organization(action.responsibleOrganizationId)}</td>
                        <td>{names.operator(action.responsibleUserId)}</td>
                        <td>{formatDate(action.dueOn, i18n.language)}</td>
                        <td>
                          {onActionStatus ? (
                            <div className="select-wrapper mb-0">
                              <label htmlFor={`plan-action-status-${action.id}`} className="visually-hidden">
                                {t("plans.actionStatusOf", { action: action.description })}
                              </label>
                              <select
                                id={`plan-action-status-${action.id}`}
                                value={action.status}
                                disabled={busy}
                                onChange={(event) =>
                                  onActionStatus(action.id, event.target.value as PlanActionStatus)
                                }
                                data-testid="plan-action-status"
                              >
                                {planActionStatuses.map((status) => (
                                  <option key={status} value={status}>
                                    {t(`plans.actionStatuses.${status}`)}
                                  </option>
                                ))}
                              </select>
                            </div>
                          ) : (
                            t(`plans.actionStatuses.${action.status}`)
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableRegion>
            )}
          </div>
        );
      })}
    </div>
  );
}
