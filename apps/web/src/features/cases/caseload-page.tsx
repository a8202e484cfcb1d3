import { caseStates } from "@approdo/contracts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ApiErrorAlert } from "../../app/ui/api-error-alert.tsx";
import { LoadingIndicator } from "../../app/ui/loading-indicator.tsx";
import { looseT } from "../../app/ui/loose-t.ts";
import { PageHeader } from "../../app/ui/page-header.tsx";
import { CaseSection } from "./case-section.tsx";
import { caseKeys, fetchCaseload } from "./cases-api.ts";
import { useMyProjects } from "./use-my-projects.ts";

/** The waiting times the caseload measures, in the order of the path. */
const waitingStages = ["contactToAssessment", "assessmentToActive", "contactToActive"] as const;

const numberFormat = (language: string, value: number | null | undefined, digits = 0) =>
  value === null || value === undefined
    ? "—"
    : new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);

/** Coordinators: the organisation's cases by state and by operator, and the waiting times. */
export function CaseloadPage() {
  const { t, i18n } = useTranslation();
  const lt = looseT(t);
  const { allProjects } = useMyProjects();
  const [projectId, setProjectId] = useState("");
  const query = useQuery({
    queryKey: [...caseKeys.caseload(), projectId],
    queryFn: ({ signal }) => fetchCaseload({ projectId: projectId || undefined }, signal),
  });
  const data = query.data;
  const byState = caseStates.map((state) => ({
    state,
    label: t(`caseStates.${state}`),
    count: data?.byState[state] ?? 0,
  }));
  return (
    <>
      <PageHeader title={t("caseload.title")} />
      <div className="select-wrapper mb-4" style={{ maxWidth: "28rem" }}>
        <label htmlFor="caseload-project">{t("cases.project")}</label>
        <select
          id="caseload-project"
          value={projectId}
          onChange={(event) => setProjectId(event.target.value)}
        >
          <option value="">{t("cases.filters.anyProject")}</option>
          {allProjects.map((project) => (
            <option key={project.id} value={project.id}>
              {project.code} — {project.title}
            </option>
          ))}
        </select>
      </div>
      {query.isPending ? <LoadingIndicator /> : null}
      <ApiErrorAlert error={query.error} />
      {data ? (
        <>
          <CaseSection id="caseload-by-state" title={t("caseload.byState")}>
            <div className="row g-4">
              <div className="col-12 col-lg-7">
                {/* the chart repeats the table beside it, which screen readers use instead */}
                <figure className="mb-0" aria-hidden="true" data-testid="caseload-chart">
                  <div style={{ width: "100%", height: 260 }}>
                    <ResponsiveContainer width="100%" height="100%">
                      <BarChart
                        accessibilityLayer={false}
                        data={byState}
                        margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
                      >
                        <CartesianGrid strokeDasharray="3 3" />
                        <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
                        <YAxis allowDecimals={false} />
                        <Tooltip />
                        <Bar dataKey="count" name={t("caseload.count")} fill="#0066cc" />
                      </BarChart>
                    </ResponsiveContainer>
                  </div>
                </figure>
              </div>
              <div className="col-12 col-lg-5">
                <table className="table caption-top" data-testid="caseload-by-state-table">
                  <caption>{t("caseload.byStateCaption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("common.status")}</th>
                      <th scope="col" className="text-end">
                        {t("caseload.count")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {byState.map((row) => (
                      <tr key={row.state}>
                        <th scope="row">{row.label}</th>
                        <td className="text-end">{numberFormat(i18n.language, row.count)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </CaseSection>
          <CaseSection id="caseload-by-operator" title={t("caseload.byOperator")}>
            <div className="table-responsive">
              <table className="table table-striped caption-top" data-testid="caseload-by-operator-table">
                <caption>{t("caseload.byOperatorCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("cases.caseManager")}</th>
                    {caseStates.map((state) => (
                      <th scope="col" key={state} className="text-end">
                        {t(`caseStates.${state}`)}
                      </th>
                    ))}
                    <th scope="col" className="text-end">
                      {t("caseload.total")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.byOperator.length === 0 ? (
                    <tr>
                      <td colSpan={caseStates.length + 2}>{t("common.noResults")}</td>
                    </tr>
                  ) : null}
                  {data.byOperator.map((row) => (
                    <tr key={row.userId ?? "none"}>
                      <th scope="row">{row.displayName ?? t("cases.noCaseManager")}</th>
                      {caseStates.map((state) => (
                        <td key={state} className="text-end">
                          {numberFormat(i18n.language, row.byState[state] ?? 0)}
                        </td>
                      ))}
                      <td className="text-end fw-semibold">{numberFormat(i18n.language, row.total)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </CaseSection>
          <CaseSection id="caseload-waiting" title={t("caseload.waiting")}>
            <div className="table-responsive">
              <table className="table caption-top" data-testid="caseload-waiting-table">
                <caption>{t("caseload.waitingCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("caseload.stage")}</th>
                    <th scope="col" className="text-end">
                      {t("caseload.medianDays")}
                    </th>
                    <th scope="col" className="text-end">
                      {t("caseload.averageDays")}
                    </th>
                    <th scope="col" className="text-end">
                      {t("caseload.p90Days")}
                    </th>
                    <th scope="col" className="text-end">
                      {t("caseload.cases")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {waitingStages.map((stage) => {
                    const row = data.waitingTimes[stage];
                    return (
                      <tr key={stage}>
                        <th scope="row">{lt(`caseload.stages.${stage}`)}</th>
                        <td className="text-end">{numberFormat(i18n.language, row.medianDays, 1)}</td>
                        <td className="text-end">{numberFormat(i18n.language, row.meanDays, 1)}</td>
                        <td className="text-end">{numberFormat(i18n.language, row.p90Days, 1)}</td>
                        <td className="text-end">{numberFormat(i18n.language, row.count)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </CaseSection>
        </>
      ) : null}
    </>
  );
}
