import {
  type Assessment,
  type PlanActionStatus,
  type PlanVersion,
  planAgreementSchema,
  planCreateSchema,
  planReplaceSchema,
} from "@approdo/contracts";
import { z } from "zod";
import { blankToNull, blankToUndefined } from "../../app/forms/schema-helpers.ts";

/** Goals are proposed for the domains where the last assessment found at least this need level. */
export const goalNeedThreshold = 2;

const actionFields = z.object({
  /** "" for a new action; the server keeps the id of an existing one. */
  id: z.string(),
  description: z.string(),
  responsibleOrganizationId: z.string(),
  responsibleUserId: z.string(),
  dueOn: z.string(),
  status: z.string(),
});
export type PlanActionFormInput = z.input<typeof actionFields>;

const goalFields = z.object({
  id: z.string(),
  domain: z.string(),
  /** "" = the case's subject as a whole. */
  personId: z.string(),
  description: z.string(),
  actions: z.array(actionFields),
});
export type PlanGoalFormInput = z.input<typeof goalFields>;

const planFields = z.object({
  title: z.string(),
  nextReviewOn: z.string(),
  changeNote: z.string(),
  goals: z.array(goalFields),
});
export type PlanFormInput = z.input<typeof planFields>;

export const emptyAction = (status: PlanActionStatus = "planned"): PlanActionFormInput => ({
  id: "",
  description: "",
  responsibleOrganizationId: "",
  responsibleUserId: "",
  dueOn: "",
  status,
});

export const emptyGoal = (domain = "", personId = "", description = ""): PlanGoalFormInput => ({
  id: "",
  domain,
  personId,
  description,
  actions: [],
});

/** The plan's content as the API takes it (ids kept for existing goals and actions). */
function contentOf(form: z.output<typeof planFields>) {
  return {
    title: form.title,
    nextReviewOn: blankToNull(form.nextReviewOn),
    changeNote: blankToUndefined(form.changeNote),
    goals: form.goals.map((goal) => ({
      id: blankToUndefined(goal.id),
      domain: goal.domain,
      personId: blankToNull(goal.personId),
      description: goal.description,
      actions: goal.actions.map((action) => ({
        id: blankToUndefined(action.id),
        description: action.description,
        responsibleOrganizationId: blankToNull(action.responsibleOrganizationId),
        responsibleUserId: blankToNull(action.responsibleUserId),
        dueOn: blankToNull(action.dueOn),
        status: action.status || "planned",
      })),
    })),
  };
}

/** A new plan → the shared create body. */
export const planCreateFormSchema = planFields
  .transform((form): unknown => contentOf(form))
  .pipe(planCreateSchema);
export type PlanCreateFormOutput = z.output<typeof planCreateFormSchema>;

/** A change to the plan loaded at `version` → the shared replace body (PUT: the whole content). */
export function planReplaceFormSchema(version: number) {
  return planFields.transform((form): unknown => ({ version, ...contentOf(form) })).pipe(planReplaceSchema);
}
export type PlanReplaceFormOutput = z.output<ReturnType<typeof planReplaceFormSchema>>;

export const planFieldNames = Object.keys(planFields.shape);

/**
 * Goals proposed from the last assessment: one per domain (and member) whose need level is at
 * least 2, the highest needs first, then in the domains' order. `describe` writes the proposed text.
 */
export function goalsFromAssessment(
  assessment: Pick<Assessment, "items"> | null | undefined,
  domainOrder: readonly string[],
  describe: (domain: string, personId: string | null, level: number) => string,
): PlanGoalFormInput[] {
  if (!assessment) return [];
  const order = (domain: string) => {
    const index = domainOrder.indexOf(domain);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return assessment.items
    .filter((item) => item.level >= goalNeedThreshold)
    .sort(
      (a, b) => b.level - a.level || order(a.domain) - order(b.domain) || a.domain.localeCompare(b.domain),
    )
    .map((item) =>
      emptyGoal(item.domain, item.personId ?? "", describe(item.domain, item.personId, item.level)),
    );
}

/** The form for a new plan: a title and the goals proposed from the last assessment. */
export function newPlanForm(title: string, goals: PlanGoalFormInput[]): PlanFormInput {
  return { title, nextReviewOn: "", changeNote: "", goals };
}

/** The form for changing a plan, from its current version. */
export function planToForm(version: Pick<PlanVersion, "title" | "nextReviewOn" | "goals">): PlanFormInput {
  return {
    title: version.title,
    nextReviewOn: version.nextReviewOn ?? "",
    changeNote: "",
    goals: version.goals.map((goal) => ({
      id: goal.id,
      domain: goal.domain,
      personId: goal.personId ?? "",
      description: goal.description,
      actions: goal.actions.map((action) => ({
        id: action.id,
        description: action.description,
        responsibleOrganizationId: action.responsibleOrganizationId ?? "",
        responsibleUserId: action.responsibleUserId ?? "",
        dueOn: action.dueOn ?? "",
        status: action.status,
      })),
    })),
  };
}

// ── the beneficiary's agreement to a version ──────────────────────────────────────────────────────

const agreementFields = z.object({ signed: z.boolean(), agreedOn: z.string(), language: z.string() });
export type AgreementFormInput = z.input<typeof agreementFields>;
export const agreementFormSchema = agreementFields
  .transform((form): unknown => ({ signed: form.signed, agreedOn: form.agreedOn, language: form.language }))
  .pipe(planAgreementSchema);
export type AgreementFormOutput = z.output<typeof agreementFormSchema>;
export const agreementFieldNames = Object.keys(agreementFields.shape);
