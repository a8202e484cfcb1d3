import type { Assessment, AssessmentDomain, AssessmentProgress } from "@approdo/contracts";
import type { AssessmentRow, ProgressSeriesRow } from "./assessments.repository.ts";
import { levelChange } from "./assessments.rules.ts";

export function presentAssessment(row: AssessmentRow): Assessment {
  return {
    id: row.id,
    caseId: row.caseId,
    assessedOn: row.assessedOn,
    summary: row.summary,
    supersededById: row.supersededById,
    correctsId: row.correctsId,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    items: row.items.map((i) => ({
      id: i.id,
      domain: i.domain,
      personId: i.personId,
      level: i.level,
      notes: i.notes,
      evidence: i.evidence,
      specialCategory: i.specialCategory,
    })),
  };
}

/**
 * The progress of a case: the domains to draw (active ones, plus inactive ones its history uses,
 * special-category ones only for readers who may see them), the columns of the table, the series.
 */
export function presentProgress(input: {
  caseId: string;
  domains: readonly AssessmentDomain[];
  canSeeSpecial: boolean;
  people: AssessmentProgress["people"];
  dates: AssessmentProgress["dates"];
  series: readonly ProgressSeriesRow[];
}): AssessmentProgress {
  const used = new Set(input.series.map((s) => s.domain));
  return {
    caseId: input.caseId,
    domains: input.domains.filter(
      (d) => (d.active || used.has(d.code)) && (input.canSeeSpecial || !d.specialCategory),
    ),
    people: input.people,
    dates: input.dates,
    series: input.series.map((s) => ({
      domain: s.domain,
      personId: s.personId,
      specialCategory: s.specialCategory,
      points: s.points.map((p) => ({
        assessmentId: p.assessmentId,
        assessedOn: p.assessedOn,
        level: p.level,
      })),
      change: levelChange(s.points),
    })),
  };
}
