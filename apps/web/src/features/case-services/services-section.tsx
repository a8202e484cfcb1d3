import type { ServiceRecord } from "@approdo/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePagedList } from "../../app/api/use-paged-list.ts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { formatDate } from "../../app/ui/format-date.ts";
import { languageName } from "../../app/ui/language-name.ts";
import { LoadMore } from "../../app/ui/load-more.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { translated } from "../admin-catalogues/catalogue-text.ts";
import { useCatalogue } from "../admin-catalogues/use-catalogue.ts";
import { useSession } from "../auth/use-session.ts";
import { assessmentKeys, fetchAssessmentProgress } from "../case-assessments/assessments-api.ts";
import { caseFacts } from "../case-assessments/case-record.ts";
import { TableRegion } from "../case-assessments/table-region.tsx";
import { fetchLatestPlan, planKeys } from "../case-plans/plans-api.ts";
import type { CaseSectionProps } from "../cases/case-section.tsx";
import { todayIso } from "../people/person-records-schema.ts";
import { ServiceForm, type ServiceTypeOption } from "./service-form.tsx";
import { newServiceForm, serviceToForm } from "./service-form-schema.ts";
import { serviceKeys, servicesPath } from "./services-api.ts";
import { VoidForm } from "./void-form.tsx";

/**
 * Services delivered ("interventi"): the quick recording form first (open by default where the
 * reader may record), then the list with void and correction. Voided records stay listed.
 */
export function ServicesSection({ caseRecord, onStatus }: CaseSectionProps) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const queryClient = useQueryClient();
  const facts = caseFacts(caseRecord, me.user.id);
  const caseId = facts.id;
  const [open, setOpen] = useState<{ id: string; action: "void" | "correct" } | null>(null);
  const catalogue = useCatalogue("service_type");
  const progress = useQuery({
    queryKey: assessmentKeys.progress(caseId),
    queryFn: ({ signal }) => fetchAssessmentProgress(caseId, signal),
  });
  const plan = useQuery({
    queryKey: planKeys.latest(caseId),
    queryFn: ({ signal }) => fetchLatestPlan(caseId, signal),
  });
  const list = usePagedList<ServiceRecord>(serviceKeys.case(caseId), servicesPath(caseId));

  const canWrite = facts.canWrite && facts.state !== "closed";
  // special-category types (e.g. psychological support) only for special-category roles on the team
  const types: ServiceTypeOption[] = catalogue.entries
    .filter((entry) => facts.canSeeSpecial || !entry.specialCategory)
    .map((entry) => ({
      code: entry.code,
      label: translated(entry.labels, i18n.language, entry.code),
      cisisCode: entry.cisisCode,
      defaultDurationMinutes: entry.defaultDurationMinutes,
    }));
  const people = (progress.data?.people ?? []).map((person) => ({
    value: person.personId,
    label: `${person.givenName} ${person.familyName}`,
  }));
  const mediators = facts.team.map((member) => ({ value: member.userId, label: member.displayName }));
  const planActions = (plan.data?.current.goals ?? []).flatMap((goal) =>
    goal.actions
      .filter((action) => action.status === "planned" || action.status === "in_progress")
      .map((action) => ({ value: action.id, label: action.description })),
  );
  const operatorName = (id: string | null) =>
    id ? (facts.team.find((member) => member.userId === id)?.displayName ?? null) : null;
  const typeLabel = (record: ServiceRecord) =>
    translated(
      record.serviceTypeLabels ?? catalogue.byCode.get(record.serviceType)?.labels,
      i18n.language,
      record.serviceType,
    );
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: serviceKeys.case(caseId) });
    await queryClient.invalidateQueries({ queryKey: ["cases"] });
  };
  const formReady = !catalogue.isPending && !progress.isPending && !plan.isPending;

  return (
    <>
      {canWrite ? (
        <div className="mb-4 p-3 border rounded" data-testid="service-quick">
          <h3 className="h5">{t("services.quickTitle")}</h3>
          {catalogue.error ? <ApiErrorAlert error={catalogue.error} /> : null}
          {formReady ? (
            <ServiceForm
              caseId={caseId}
              types={types}
              people={people}
              mediators={mediators}
              planActions={planActions}
              defaultValues={newServiceForm(
                todayIso(),
                people.map((person) => person.value),
              )}
              onDone={async (record) => {
                await refresh();
                onStatus(t("services.recorded", { type: typeLabel(record) }));
              }}
            />
          ) : (
            <LoadingIndicator />
          )}
        </div>
      ) : null}
      <ApiErrorAlert error={list.error} />
      {list.isPending ? (
        <LoadingIndicator />
      ) : (
        <>
          <TableRegion label={t("services.caption")}>
            <table className="table table-sm caption-top" data-testid="services-table">
              <caption>{t("services.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("services.deliveredOn")}</th>
                  <th scope="col">{t("services.type")}</th>
                  <th scope="col">{t("services.people")}</th>
                  <th scope="col">{t("services.duration")}</th>
                  <th scope="col">{t("services.details")}</th>
                  {canWrite ? <th scope="col">{t("common.actions")}</th> : null}
                </tr>
              </thead>
              <tbody>
                {list.items.length === 0 ? (
                  <tr>
                    <td colSpan={canWrite ? 6 : 5}>{t("services.none")}</td>
                  </tr>
                ) : null}
                {list.items.map((record) => {
                  const voided = record.voidedAt !== null;
                  const names = record.people
                    .map((person) =>
                      person.givenName || person.familyName
                        ? `${person.givenName ?? ""} ${person.familyName ?? ""}`.trim()
                        : t("services.personHidden"),
                    )
                    .join(", ");
                  const isOpen = (action: "void" | "correct") =>
                    open?.id === record.id && open.action === action;
                  return (
                    <tr
                      key={record.id}
                      className={voided ? "text-muted" : undefined}
                      data-testid="service-row"
                    >
                      <td>{formatDate(record.deliveredOn, i18n.language)}</td>
                      <th scope="row" className="fw-normal">
                        {voided ? <s>{typeLabel(record)}</s> : typeLabel(record)}
                        {voided ? (
                          <>
                            {" "}
                            <span className="badge bg-secondary ms-2">{t("services.voided")}</span>
                          </>
                        ) : null}
                        {record.correctsId ? (
                          <>
                            {" "}
                            <span className="badge bg-info text-dark ms-2">{t("services.correction")}</span>
                          </>
                        ) : null}
                        {voided && record.voidReason ? (
                          <small className="d-block" dir="auto">
                            {t("services.voidedBecause", { reason: record.voidReason })}
                          </small>
                        ) : null}
                      </th>
                      <td dir="auto">{names}</td>
                      <td>
                        {record.durationMinutes ? t("services.minutes", { n: record.durationMinutes }) : "—"}
                      </td>
                      <td className="small">
                        {[
                          operatorName(record.operatorId)
                            ? t("services.byOperator", { name: operatorName(record.operatorId) })
                            : null,
                          record.mediatorId
                            ? t("services.withMediator", {
                                name: operatorName(record.mediatorId) ?? t("services.mediator"),
                              })
                            : null,
                          record.language
                            ? t("services.inLanguage", {
                                language: languageName(record.language, i18n.language),
                              })
                            : null,
                          record.notes || null,
                        ]
                          .filter(Boolean)
                          .join(" · ") || "—"}
                      </td>
                      {canWrite ? (
                        <td>
                          {voided ? null : (
                            <div className="d-flex flex-wrap gap-2">
                              <button
                                type="button"
                                className="btn btn-outline-primary btn-sm"
                                aria-expanded={isOpen("correct")}
                                onClick={() =>
                                  setOpen(isOpen("correct") ? null : { id: record.id, action: "correct" })
                                }
                                data-testid="service-correct"
                              >
                                {t("services.correct")}
                              </button>
                              <button
                                type="button"
                                className="btn btn-outline-danger btn-sm"
                                aria-expanded={isOpen("void")}
                                onClick={() =>
                                  setOpen(isOpen("void") ? null : { id: record.id, action: "void" })
                                }
                                data-testid="service-void"
                              >
                                {t("services.void")}
                              </button>
                            </div>
                          )}
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableRegion>
          <LoadMore
            shown={list.items.length}
            hasMore={list.hasMore}
            isLoading={list.isLoadingMore}
            onLoadMore={list.loadMore}
          />
        </>
      )}
      {open && canWrite
        ? (() => {
            const record = list.items.find((item) => item.id === open.id);
            if (!record) return null;
            return (
              <div className="mt-3 p-3 border rounded" data-testid="service-change-panel">
                <h3 className="h5">
                  {open.action === "void"
                    ? t("services.voidTitle", {
                        type: typeLabel(record),
                        date: formatDate(record.deliveredOn, i18n.language),
                      })
                    : t("services.correctTitle", {
                        type: typeLabel(record),
                        date: formatDate(record.deliveredOn, i18n.language),
                      })}
                </h3>
                {open.action === "void" ? (
                  <VoidForm
                    caseId={caseId}
                    record={record}
                    onDone={async () => {
                      setOpen(null);
                      await refresh();
                      onStatus(t("services.voidedStatus"));
                    }}
                  />
                ) : (
                  <ServiceForm
                    caseId={caseId}
                    types={types}
                    people={people}
                    mediators={mediators}
                    planActions={planActions}
                    defaultValues={serviceToForm(record)}
                    corrects={record}
                    onDone={async () => {
                      setOpen(null);
                      await refresh();
                      onStatus(t("services.correctedStatus"));
                    }}
                  />
                )}
              </div>
            );
          })()
        : null}
    </>
  );
}
