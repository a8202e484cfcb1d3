import type { AssessmentProgress } from "@approdo/contracts";

export interface ProgressRow {
  /** Stable key, also the data key of the chart line. */
  key: string;
  domain: string;
  personId: string | null;
  specialCategory: boolean;
  /** One level per assessment date (the table's columns), null where the domain was not assessed. */
  levels: (number | null)[];
  change: number;
}

export interface ProgressTable {
  dates: { assessmentId: string; assessedOn: string }[];
  rows: ProgressRow[];
  /** Recharts data: one object per date, `{ assessedOn, [row.key]: level }`. */
  chartData: Record<string, string | number | null>[];
}

/**
 * The progress of each domain (and member) over the valid assessments, as a table — the primary,
 * accessible representation — and as the data of the chart drawn from the same numbers. Rows follow
 * the order of the domains, the subject's row before the members'.
 */
export function progressTable(progress: AssessmentProgress): ProgressTable {
  const domainOrder = new Map(progress.domains.map((domain, index) => [domain.code, index]));
  const personOrder = new Map(progress.people.map((person, index) => [person.personId, index]));
  const dateIndex = new Map(progress.dates.map((date, index) => [date.assessmentId, index]));
  const rows: ProgressRow[] = progress.series
    .map((series) => {
      const levels: (number | null)[] = progress.dates.map(() => null);
      for (const point of series.points) {
        const index = dateIndex.get(point.assessmentId);
        if (index !== undefined) levels[index] = point.level;
      }
      return {
        key: `${series.domain}__${series.personId ?? "all"}`,
        domain: series.domain,
        personId: series.personId,
        specialCategory: series.specialCategory,
        levels,
        change: series.change,
      };
    })
    .sort(
      (a, b) =>
        (domainOrder.get(a.domain) ?? Number.MAX_SAFE_INTEGER) -
          (domainOrder.get(b.domain) ?? Number.MAX_SAFE_INTEGER) ||
        a.domain.localeCompare(b.domain) ||
        (a.personId === null ? -1 : (personOrder.get(a.personId) ?? 0)) -
          (b.personId === null ? -1 : (personOrder.get(b.personId) ?? 0)),
    );
  const chartData = progress.dates.map((date, index) => {
    const point: Record<string, string | number | null> = { assessedOn: date.assessedOn };
    for (const row of rows) point[row.key] = row.levels[index] ?? null;
    return point;
  });
  return { dates: progress.dates, rows, chartData };
}
