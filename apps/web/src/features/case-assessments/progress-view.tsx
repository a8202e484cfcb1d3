import type { AssessmentProgress } from "@approdo/contracts";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDate } from "../../app/ui/format-date.ts";
import { translated } from "../admin-catalogues/catalogue-text.ts";
import { progressTable } from "./progress.ts";
import { TableRegion } from "./table-region.tsx";

/** Distinguishable line colours with at least 3:1 contrast on white; dashes tell lines apart too. */
const palette = ["#0066cc", "#b3261e", "#00703c", "#6f3c9e", "#8a5300", "#005f73", "#a4006a", "#3d3d3d"];
const dashes = ["", "6 3", "2 3", "8 3 2 3"];

/**
 * The need level of each domain over the assessments. The table is the primary, accessible
 * representation; the chart above it shows the same numbers as one image whose name points to
 * the table (its inner drawing is not focusable).
 */
export function ProgressView({ progress }: { progress: AssessmentProgress }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const table = progressTable(progress);
  const domains = new Map(progress.domains.map((domain) => [domain.code, domain]));
  const people = new Map(progress.people.map((person) => [person.personId, person]));
  const rowLabel = (domain: string, personId: string | null) => {
    const name = translated(domains.get(domain)?.labels, i18n.language, domain);
    const person = personId ? people.get(personId) : undefined;
    return person ? `${name} — ${person.givenName} ${person.familyName}` : name;
  };
  if (table.dates.length === 0) return <p>{t("assessments.noAssessments")}</p>;
  const changeText = (change: number) =>
    change < 0
      ? t("assessments.changeDown", { n: -change })
      : change > 0
        ? t("assessments.changeUp", { n: change })
        : t("assessments.changeNone");
  return (
    <div data-testid="assessment-progress">
      {table.dates.length > 1 ? (
        <figure className="mb-4">
          <div
            role="img"
            aria-label={t("assessments.chartLabel")}
            aria-describedby={`${id}-caption`}
            style={{ width: "100%", height: 320 }}
          >
            <ResponsiveContainer width="100%" height="100%">
              <LineChart
                accessibilityLayer={false}
                data={table.chartData}
                margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
              >
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis
                  dataKey="assessedOn"
                  tickFormatter={(value: string) => formatDate(value, i18n.language)}
                />
                <YAxis domain={[0, 3]} ticks={[0, 1, 2, 3]} allowDecimals={false} width={32} />
                <Tooltip labelFormatter={(value) => formatDate(String(value), i18n.language)} />
                <Legend />
                {table.rows.map((row, index) => (
                  <Line
                    key={row.key}
                    type="monotone"
                    dataKey={row.key}
                    name={rowLabel(row.domain, row.personId)}
                    stroke={palette[index % palette.length]}
                    strokeDasharray={dashes[Math.floor(index / palette.length) % dashes.length]}
                    strokeWidth={2}
                    connectNulls
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </div>
          <figcaption id={`${id}-caption`} className="small">
            {t("assessments.chartCaption")}
          </figcaption>
        </figure>
      ) : null}
      <TableRegion label={t("assessments.progressCaption")}>
        <table className="table table-sm caption-top" data-testid="assessment-progress-table">
          <caption>{t("assessments.progressCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("assessments.domain")}</th>
              {table.dates.map((date) => (
                <th key={date.assessmentId} scope="col">
                  {formatDate(date.assessedOn, i18n.language)}
                </th>
              ))}
              <th scope="col">{t("assessments.change")}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" dir="auto">
                  {rowLabel(row.domain, row.personId)}
                </th>
                {row.levels.map((level, index) => (
                  <td key={table.dates[index]?.assessmentId ?? index}>
                    {level === null ? (
                      <>
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">{t("assessments.notAssessed")}</span>
                      </>
                    ) : (
                      level
                    )}
                  </td>
                ))}
                <td>{changeText(row.change)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <p className="small">{t("assessments.levelScale")}</p>
    </div>
  );
}
