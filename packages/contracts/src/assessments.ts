import { z } from "zod";
import { needLevelSchema } from "./cases.ts";
import { idSchema, isoDateSchema, pageOf, pageQuerySchema } from "./common.ts";
import { clientIdSchema } from "./organizations.ts";

/**
 * Multidimensional assessment ("valutazione multidimensionale") of a case: a need level 0–3 per
 * domain of the catalogue (kind assessment_domain), for the case's subject or one household member.
 * Assessments are append-only: a re-assessment is a new assessment, a correction is a new one that
 * supersedes the old (`correctsId`).
 */

/** A catalogue code: lower-case letters, digits and underscores. */
export const domainCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,63}$/, "A catalogue code: lower-case letters, digits, _");

const longText = z.string().trim().max(4000);

export const assessmentItemInputSchema = z.object({
  domain: domainCodeSchema,
  /** The household member concerned; omitted or null = the case's subject as a whole. */
  personId: idSchema.nullable().optional(),
  level: needLevelSchema,
  notes: longText.optional(),
  evidence: longText.optional(),
});
export type AssessmentItemInput = z.infer<typeof assessmentItemInputSchema>;

export const assessmentCreateSchema = z
  .object({
    id: clientIdSchema.optional(),
    assessedOn: isoDateSchema,
    summary: z.string().trim().max(8000).optional(),
    items: z.array(assessmentItemInputSchema).min(1).max(300),
    /** A correction: the assessment this one replaces (it gets `supersededById`). */
    correctsId: idSchema.optional(),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.items.forEach((item, i) => {
      const key = `${item.domain}|${item.personId ?? ""}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: "custom",
          path: ["items", i, "domain"],
          message: "This domain is assessed twice for the same person",
        });
      }
      seen.add(key);
    });
  });
export type AssessmentCreate = z.infer<typeof assessmentCreateSchema>;

export const assessmentItemSchema = z.object({
  id: idSchema,
  domain: z.string(),
  personId: idSchema.nullable(),
  level: z.number().int(),
  notes: z.string(),
  evidence: z.string(),
  specialCategory: z.boolean(),
});
export type AssessmentItem = z.infer<typeof assessmentItemSchema>;

export const assessmentSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  assessedOn: z.string(),
  summary: z.string(),
  /** The correction that replaced this assessment; null while it is the valid one. */
  supersededById: idSchema.nullable(),
  /** The assessment this one corrects, if it is a correction. */
  correctsId: idSchema.nullable(),
  createdBy: idSchema.nullable(),
  createdAt: z.string(),
  /** Only the items the reader may see: special-category domains need a special-category role on the team. */
  items: z.array(assessmentItemSchema),
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const assessmentListQuerySchema = pageQuerySchema.extend({
  /** `false` hides assessments replaced by a correction. Default true: the whole history. */
  includeSuperseded: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
});
export const assessmentPageSchema = pageOf(assessmentSchema);

/** Translations by language code ("it" always present for catalogue entries). */
export const domainTranslationsSchema = z.record(z.string(), z.string());

/** A domain of the catalogue as the case's network sees it, with the definition of each level. */
export const assessmentDomainSchema = z.object({
  code: z.string(),
  labels: domainTranslationsSchema,
  specialCategory: z.boolean(),
  /** {"0": {"it": "…", "en": "…"}, …, "3": {…}}: what each need level means in this domain. */
  levels: z.record(z.string(), domainTranslationsSchema),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export type AssessmentDomain = z.infer<typeof assessmentDomainSchema>;

export const assessmentProgressPointSchema = z.object({
  assessmentId: idSchema,
  assessedOn: z.string(),
  level: z.number().int(),
});

/** The levels of one domain (for one member, or the whole subject when personId is null) over time. */
export const assessmentProgressSeriesSchema = z.object({
  domain: z.string(),
  personId: idSchema.nullable(),
  specialCategory: z.boolean(),
  /** Oldest first; superseded assessments are left out. */
  points: z.array(assessmentProgressPointSchema),
  /** The latest level minus the first: negative = the need went down. */
  change: z.number().int(),
});

export const assessmentProgressSchema = z.object({
  caseId: idSchema,
  /** The domains the case may be assessed in (active ones, plus any used in its history). */
  domains: z.array(assessmentDomainSchema),
  /** The case's subject people, to label per-member series. */
  people: z.array(z.object({ personId: idSchema, givenName: z.string(), familyName: z.string() })),
  /** The dates of the valid assessments, oldest first (the columns of the accessible table). */
  dates: z.array(z.object({ assessmentId: idSchema, assessedOn: z.string() })),
  series: z.array(assessmentProgressSeriesSchema),
});
export type AssessmentProgress = z.infer<typeof assessmentProgressSchema>;
