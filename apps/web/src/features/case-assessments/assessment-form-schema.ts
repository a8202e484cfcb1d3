import { type Assessment, assessmentCreateSchema } from "@approdo/contracts";
import { z } from "zod";
import { blankToUndefined } from "../../app/forms/schema-helpers.ts";

/** A domain the form offers: its code and whether it is special-category data. */
export interface FormDomain {
  code: string;
  specialCategory: boolean;
}

/** One need level to record: a domain for the case's subject (personId "") or for one member. */
const rowFields = z.object({
  domain: z.string(),
  /** "" = the case's subject as a whole. */
  personId: z.string(),
  /** "0"…"3", or "" = not assessed this time. */
  level: z.string(),
  notes: z.string(),
  evidence: z.string(),
});
export type AssessmentRowInput = z.input<typeof rowFields>;

const assessmentFields = z.object({
  assessedOn: z.string(),
  summary: z.string(),
  rows: z.array(rowFields),
  /** Codes of the domains assessed per household member rather than for the household as a whole. */
  perMember: z.array(z.string()),
});
export type AssessmentFormInput = z.input<typeof assessmentFields>;

/** The rows that count: per domain, either the subject row or the member rows, and only those with a level. */
export function chosenRows(form: AssessmentFormInput): AssessmentRowInput[] {
  return form.rows.filter((row) => {
    if (row.level === "") return false;
    const perMember = form.perMember.includes(row.domain);
    return perMember ? row.personId !== "" : row.personId === "";
  });
}

/** Form values → the shared create body (validated by the same schema as the server). */
export const assessmentFormSchema = assessmentFields
  .transform((form): unknown => ({
    assessedOn: form.assessedOn,
    summary: blankToUndefined(form.summary),
    items: chosenRows(form).map((row) => ({
      domain: row.domain,
      personId: row.personId === "" ? null : row.personId,
      level: Number(row.level),
      notes: blankToUndefined(row.notes),
      evidence: blankToUndefined(row.evidence),
    })),
  }))
  .pipe(assessmentCreateSchema);
export type AssessmentFormOutput = z.output<typeof assessmentFormSchema>;

export const assessmentFieldNames = ["assessedOn", "summary", "items"] as const;

/** The index of a row in the form's `rows`, for a domain and a member ("" = the subject). */
export function rowIndex(form: Pick<AssessmentFormInput, "rows">, domain: string, personId: string): number {
  return form.rows.findIndex((row) => row.domain === domain && row.personId === personId);
}

/**
 * The empty form for these domains and members (members only for household cases), prefilled
 * from the last assessment when there is one: a re-assessment starts from where things stood.
 */
export function assessmentFormDefaults(
  domains: readonly FormDomain[],
  memberIds: readonly string[],
  today: string,
  last?: Pick<Assessment, "items"> | null,
): AssessmentFormInput {
  const rows: AssessmentRowInput[] = [];
  for (const domain of domains) {
    for (const personId of ["", ...memberIds]) {
      const previous = last?.items.find(
        (item) => item.domain === domain.code && (item.personId ?? "") === personId,
      );
      rows.push({
        domain: domain.code,
        personId,
        level: previous ? String(previous.level) : "",
        notes: previous?.notes ?? "",
        evidence: previous?.evidence ?? "",
      });
    }
  }
  const perMember = domains
    .filter((domain) =>
      last?.items.some(
        (item) => item.domain === domain.code && item.personId !== null && memberIds.includes(item.personId),
      ),
    )
    .map((domain) => domain.code);
  return { assessedOn: today, summary: "", rows, perMember };
}

/**
 * The domains to offer: active ones sorted by the catalogue order; special-category ones only to a
 * reader who may record them; plus any domain the last assessment used (so a prefilled level is
 * never silently dropped).
 */
export function offeredDomains<D extends FormDomain & { active: boolean; sortOrder: number }>(
  domains: readonly D[],
  maySeeSpecial: boolean,
  last?: Pick<Assessment, "items"> | null,
): D[] {
  const used = new Set(last?.items.map((item) => item.domain) ?? []);
  return domains
    .filter(
      (domain) => (domain.active || used.has(domain.code)) && (maySeeSpecial || !domain.specialCategory),
    )
    .sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
}
