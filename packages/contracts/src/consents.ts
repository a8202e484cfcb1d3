import { z } from "zod";
import { idSchema, isoDateSchema } from "./common.ts";
import { clientIdSchema } from "./organizations.ts";
import { languageCode3Schema } from "./people.ts";

/** What a consent is for. Stable codes: stored, sent by the API, translated by the UI. */
export const consentPurposes = [
  "case_management",
  "data_sharing",
  "referral",
  "photo_video",
  "research",
  "communications",
] as const;
export const consentPurposeSchema = z.enum(consentPurposes);
export type ConsentPurpose = z.infer<typeof consentPurposeSchema>;

/**
 * Kinds of personal data a consent may cover. The special categories (GDPR art. 9: health,
 * mental health, addiction; and what reveals trafficking or torture) are covered only when a
 * consent lists them; a consent that lists no category covers every other one.
 */
export const dataCategories = [
  "identity",
  "contacts",
  "social",
  "housing",
  "work",
  "education",
  "legal",
  "health",
  "mental_health",
  "addiction",
  "trafficking",
  "torture",
] as const;
export const dataCategorySchema = z.enum(dataCategories);
export type DataCategory = z.infer<typeof dataCategorySchema>;

export const specialDataCategories: readonly DataCategory[] = [
  "health",
  "mental_health",
  "addiction",
  "trafficking",
  "torture",
];
export function isSpecialDataCategory(category: DataCategory): boolean {
  return specialDataCategories.includes(category);
}

export const consentCreateSchema = z.object({
  id: clientIdSchema.optional(),
  purpose: consentPurposeSchema,
  /** Organisations that may receive the data (the controller itself always may). */
  organizationIds: z.array(idSchema).max(200),
  /** Empty or absent: every non-special category. */
  dataCategories: z.array(dataCategorySchema).max(dataCategories.length).optional(),
  /** The day the person gave the consent; not in the future. */
  givenOn: isoDateSchema,
  /** ISO 639-3 code of the language the consent was explained in. */
  explainedInLanguage: languageCode3Schema,
  /** The signed form, an attachment of the person. */
  documentId: idSchema.optional(),
});
export type ConsentCreate = z.infer<typeof consentCreateSchema>;

export const consentWithdrawSchema = z.object({
  /** Not in the future and not before the day the consent was given. */
  withdrawnOn: isoDateSchema,
  note: z.string().trim().max(2000).optional(),
});
export type ConsentWithdraw = z.infer<typeof consentWithdrawSchema>;

export const consentSchema = z.object({
  id: idSchema,
  personId: idSchema,
  purpose: consentPurposeSchema,
  organizationIds: z.array(idSchema),
  dataCategories: z.array(dataCategorySchema),
  givenOn: z.string(),
  explainedInLanguage: z.string(),
  documentId: idSchema.nullable(),
  withdrawnOn: z.string().nullable(),
  withdrawalNote: z.string().nullable(),
  /** Given and not withdrawn, today. */
  active: z.boolean(),
  recordedBy: idSchema.nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Consent = z.infer<typeof consentSchema>;

export const consentListSchema = z.object({ items: z.array(consentSchema) });

export const consentSummarySchema = z.object({
  personId: idSchema,
  /** The data controller: it needs no consent to use its own beneficiary's data. */
  controllerOrganizationId: idSchema,
  /** The day the summary describes (today). */
  on: z.string(),
  purposes: z.array(
    z.object({
      purpose: consentPurposeSchema,
      organizations: z.array(
        z.object({
          organizationId: idSchema,
          name: z.string().nullable(),
          /** Every category covered for this organisation, special ones only when listed by a consent. */
          dataCategories: z.array(dataCategorySchema),
          consentIds: z.array(idSchema),
        }),
      ),
    }),
  ),
});
export type ConsentSummary = z.infer<typeof consentSummarySchema>;
