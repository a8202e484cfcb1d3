import { z } from "zod";
import { domainCodeSchema } from "./assessments.ts";
import { beneficiaryDocumentLanguageSchema } from "./cases.ts";
import { idSchema, isoDateSchema, pageOf, pageQuerySchema, versionSchema } from "./common.ts";
import { clientIdSchema } from "./organizations.ts";
import { languageCode3Schema } from "./people.ts";

/**
 * The personalised plan ("progetto personalizzato", the path to autonomy): goals per domain, each
 * with actions (responsible organisation and operator, due date, status). Its content lives in
 * numbered versions: a draft is edited in place; once a version is approved or signed by the
 * beneficiary, a change makes a new version and the older one stays readable.
 */

export const planActionStatuses = ["planned", "in_progress", "done", "cancelled"] as const;
export const planActionStatusSchema = z.enum(planActionStatuses);
export type PlanActionStatus = z.infer<typeof planActionStatusSchema>;

/** The plan as a whole. `agreed`: its current version is approved (the plan in force). */
export const planStatuses = ["draft", "pending_approval", "agreed", "closed"] as const;
export const planStatusSchema = z.enum(planStatuses);
export type PlanStatus = z.infer<typeof planStatusSchema>;

export const planVersionStatuses = ["draft", "pending_approval", "approved", "superseded"] as const;
export const planVersionStatusSchema = z.enum(planVersionStatuses);
export type PlanVersionStatus = z.infer<typeof planVersionStatusSchema>;

const description = z.string().trim().min(1).max(2000);

export const planActionInputSchema = z.object({
  /** Keep the id of an existing action when editing; a new action may bring a client-made UUIDv7. */
  id: idSchema.optional(),
  description,
  responsibleOrganizationId: idSchema.nullable().optional(),
  responsibleUserId: idSchema.nullable().optional(),
  dueOn: isoDateSchema.nullable().optional(),
  status: planActionStatusSchema.default("planned"),
});
export type PlanActionInput = z.input<typeof planActionInputSchema>;

export const planGoalInputSchema = z.object({
  id: idSchema.optional(),
  /** Assessment domain code (catalogue kind assessment_domain). */
  domain: domainCodeSchema,
  /** The household member the goal concerns; null = the case's subject as a whole. */
  personId: idSchema.nullable().optional(),
  description,
  actions: z.array(planActionInputSchema).max(50).default([]),
});
export type PlanGoalInput = z.input<typeof planGoalInputSchema>;

const title = z.string().trim().min(1).max(300);
const changeNote = z.string().trim().max(2000);
const goals = z.array(planGoalInputSchema).max(50);

function uniqueIds(
  value: { goals?: { id?: string | undefined; actions: { id?: string | undefined }[] }[] | undefined },
  ctx: z.RefinementCtx,
) {
  const seen = new Set<string>();
  (value.goals ?? []).forEach((goal, g) => {
    const ids: [string | undefined, (string | number)[]][] = [
      [goal.id, ["goals", g, "id"]],
      ...goal.actions.map((a, i): [string | undefined, (string | number)[]] => [
        a.id,
        ["goals", g, "actions", i, "id"],
      ]),
    ];
    for (const [id, path] of ids) {
      if (id === undefined) continue;
      if (seen.has(id)) ctx.addIssue({ code: "custom", path, message: "This id is used twice in the plan" });
      seen.add(id);
    }
  });
}

export const planCreateSchema = z
  .object({
    id: clientIdSchema.optional(),
    title,
    nextReviewOn: isoDateSchema.nullable().optional(),
    goals: goals.default([]),
    changeNote: changeNote.optional(),
  })
  .superRefine(uniqueIds);
export type PlanCreate = z.infer<typeof planCreateSchema>;

/** PUT: the whole content. */
export const planReplaceSchema = z
  .object({
    version: versionSchema,
    title,
    nextReviewOn: isoDateSchema.nullable().optional(),
    goals,
    changeNote: changeNote.optional(),
  })
  .superRefine(uniqueIds);

/** PATCH: only the fields sent change. */
export const planUpdateSchema = z
  .object({
    version: versionSchema,
    title: title.optional(),
    nextReviewOn: isoDateSchema.nullable().optional(),
    goals: goals.optional(),
    changeNote: changeNote.optional(),
  })
  .superRefine(uniqueIds);
export type PlanUpdate = z.infer<typeof planUpdateSchema>;

/** Submit for a coordinator's approval, or approve directly: the plan's `version` as loaded. */
export const planDecisionSchema = z.object({ version: versionSchema });

export const planActionStatusUpdateSchema = z.object({
  status: planActionStatusSchema,
  /** The plan's version as loaded (a status change bumps it, like any change of the plan). */
  version: versionSchema,
});

export const planAgreementSchema = z.object({
  signed: z.boolean(),
  agreedOn: isoDateSchema,
  /** ISO 639-3 code of the language the plan was explained and signed in. */
  language: languageCode3Schema,
  /** The signed document: an attachment of the case's subject (attachments module). */
  documentId: idSchema.nullable().optional(),
});
export type PlanAgreement = z.infer<typeof planAgreementSchema>;

export const planActionSchema = z.object({
  id: idSchema,
  description: z.string(),
  responsibleOrganizationId: idSchema.nullable(),
  responsibleUserId: idSchema.nullable(),
  dueOn: z.string().nullable(),
  status: planActionStatusSchema,
});
export type PlanAction = z.infer<typeof planActionSchema>;

export const planGoalSchema = z.object({
  id: idSchema,
  domain: z.string(),
  personId: idSchema.nullable(),
  description: z.string(),
  specialCategory: z.boolean(),
  actions: z.array(planActionSchema),
});
export type PlanGoal = z.infer<typeof planGoalSchema>;

export const planVersionSummarySchema = z.object({
  id: idSchema,
  planId: idSchema,
  number: z.number().int(),
  status: planVersionStatusSchema,
  changeNote: z.string(),
  approvedBy: idSchema.nullable(),
  approvedAt: z.string().nullable(),
  agreement: z.object({
    signed: z.boolean(),
    agreedOn: z.string().nullable(),
    language: z.string().nullable(),
    documentId: idSchema.nullable(),
  }),
  /** No edit in place: approved, signed, waiting for approval or superseded. Changes make a new version. */
  locked: z.boolean(),
  createdBy: idSchema.nullable(),
  createdAt: z.string(),
});
export type PlanVersionSummary = z.infer<typeof planVersionSummarySchema>;

export const planVersionSchema = planVersionSummarySchema.extend({
  title: z.string(),
  nextReviewOn: z.string().nullable(),
  /** Special-category goals (e.g. mental health) only for readers who may see them. */
  goals: z.array(planGoalSchema),
});
export type PlanVersion = z.infer<typeof planVersionSchema>;

export const planSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  title: z.string(),
  status: planStatusSchema,
  currentVersion: z.number().int(),
  /** The latest approved version (the plan in force), null before the first approval. */
  approvedVersion: z.number().int().nullable(),
  nextReviewOn: z.string().nullable(),
  /** Whether this organisation's plans go to a coordinator (submit) or the case manager approves them. */
  approvalRequired: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Plan = z.infer<typeof planSchema>;

/** A plan with the content of its current version. */
export const planDetailSchema = planSchema.extend({ current: planVersionSchema });
export type PlanDetail = z.infer<typeof planDetailSchema>;

export const planPageSchema = pageOf(planSchema);
export const planVersionPageSchema = pageOf(planVersionSummarySchema);
export const planListQuerySchema = pageQuerySchema;

export const planPdfQuerySchema = z.object({
  lang: beneficiaryDocumentLanguageSchema.default("it"),
  /** Default: the case's most recent plan. */
  planId: idSchema.optional(),
  /** Default: the latest approved version, else the current one. */
  version: z.coerce.number().int().positive().optional(),
});
