import { caseOriginSchema, caseStateSchema, teamRoleSchema } from "@approdo/contracts";
import { z } from "zod";
import { blankToUndefined } from "../../app/forms/schema-helpers.ts";

const reasonSchema = z.string().trim().min(1).max(2000);

// ── state transition ────────────────────────────────────────────────────────────────────────────

const transitionFields = z.object({ to: z.string(), reason: z.string(), outcome: z.string() });

/** The transition form → the body of POST /api/v1/cases/{id}/transitions: reason always, outcome to close. */
export const transitionFormSchema = transitionFields
  .transform((form): unknown => ({
    to: blankToUndefined(form.to),
    reason: form.reason,
    outcome: form.to === "closed" ? blankToUndefined(form.outcome) : undefined,
  }))
  .pipe(
    z
      .object({ to: caseStateSchema, reason: reasonSchema, outcome: z.string().min(1).max(100).optional() })
      .superRefine((body, ctx) => {
        if (body.to === "closed" && !body.outcome)
          ctx.addIssue({ code: "custom", path: ["outcome"], message: "validation.required" });
      }),
  );
export type TransitionFormInput = z.input<typeof transitionFields>;
export type TransitionFormOutput = z.output<typeof transitionFormSchema>;
export const transitionFieldNames = ["to", "reason", "outcome"] as const;

// ── opening a case ──────────────────────────────────────────────────────────────────────────────

const openCaseFields = z.object({ origin: z.string(), projectId: z.string(), summary: z.string() });

/** The "open a case" form → the create body (the subject is added by the caller). */
export const openCaseFormSchema = openCaseFields
  .transform((form): unknown => ({
    origin: blankToUndefined(form.origin),
    projectId: blankToUndefined(form.projectId),
    summary: form.summary.trim(),
  }))
  .pipe(
    z.object({
      origin: caseOriginSchema,
      projectId: z.uuid().optional(),
      summary: z.string().max(4000),
    }),
  );
export type OpenCaseFormInput = z.input<typeof openCaseFields>;
export type OpenCaseFormOutput = z.output<typeof openCaseFormSchema>;
export const openCaseFieldNames = ["origin", "projectId", "summary"] as const;

// ── team ────────────────────────────────────────────────────────────────────────────────────────

const teamMemberFields = z.object({ userId: z.string(), teamRole: z.string() });

export const teamMemberFormSchema = teamMemberFields
  .transform((form): unknown => ({
    userId: blankToUndefined(form.userId),
    teamRole: blankToUndefined(form.teamRole),
  }))
  .pipe(z.object({ userId: z.uuid(), teamRole: teamRoleSchema }));
export type TeamMemberFormInput = z.input<typeof teamMemberFields>;
export type TeamMemberFormOutput = z.output<typeof teamMemberFormSchema>;
export const teamMemberFieldNames = ["userId", "teamRole"] as const;

// ── approval decision ───────────────────────────────────────────────────────────────────────────

const decisionFields = z.object({ decision: z.string(), note: z.string() });

/** Approve or reject; a rejection must say why (the case manager reads the note). */
export const decisionFormSchema = decisionFields
  .transform((form): unknown => ({ decision: blankToUndefined(form.decision), note: form.note.trim() }))
  .pipe(
    z
      .object({ decision: z.enum(["approved", "rejected"]), note: z.string().max(2000) })
      .superRefine((body, ctx) => {
        if (body.decision === "rejected" && body.note === "")
          ctx.addIssue({ code: "custom", path: ["note"], message: "validation.rejectNoteRequired" });
      })
      .transform((body) => ({ decision: body.decision, note: body.note === "" ? undefined : body.note })),
  );
export type DecisionFormInput = z.input<typeof decisionFields>;
export type DecisionFormOutput = z.output<typeof decisionFormSchema>;
export const decisionFieldNames = ["decision", "note"] as const;

// ── cases list filters ──────────────────────────────────────────────────────────────────────────

export const caseScopes = ["mine", "organization"] as const;
export type CaseScope = (typeof caseScopes)[number];

const caseFilterFields = z.object({
  q: z.string(),
  state: z.string(),
  scope: z.string(),
  projectId: z.string(),
});

export const caseFilterSchema = caseFilterFields
  .transform((form): unknown => ({
    q: blankToUndefined(form.q),
    state: blankToUndefined(form.state),
    scope: blankToUndefined(form.scope),
    projectId: blankToUndefined(form.projectId),
  }))
  .pipe(
    z.object({
      q: z.string().max(200).optional(),
      state: caseStateSchema.optional(),
      scope: z.enum(caseScopes).optional(),
      projectId: z.uuid().optional(),
    }),
  );
export type CaseFilterInput = z.input<typeof caseFilterFields>;
export type CaseFilter = z.output<typeof caseFilterSchema>;
export const emptyCaseFilterForm: CaseFilterInput = { q: "", state: "", scope: "", projectId: "" };
