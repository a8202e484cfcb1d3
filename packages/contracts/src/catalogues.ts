import { z } from "zod";
import { catalogKindSchema } from "./cases.ts";
import { idSchema, versionSchema } from "./common.ts";
import { clientIdSchema } from "./organizations.ts";

/**
 * Configurable catalogues: service types, assessment domains (with the definition of each need
 * level), closure outcomes and vulnerability categories. Instance-wide defaults (networkId null)
 * are overridden or extended per network by code; entries are never deleted (deactivated) and
 * their code never changes, so historic records keep resolving.
 */

/** A catalogue code: lower snake case, stable, stored in records. */
export const catalogueCodeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,62}$/, "lower-case letters, digits and _, starting with a letter (2–63)");

/** Translations of a short label; Italian is required, English, French and Arabic optional. */
export const catalogueLabelsSchema = z.object({
  it: z.string().trim().min(1).max(200),
  en: z.string().trim().min(1).max(200).optional(),
  fr: z.string().trim().min(1).max(200).optional(),
  ar: z.string().trim().min(1).max(200).optional(),
});
export type CatalogueLabels = z.infer<typeof catalogueLabelsSchema>;

/** Translations of a longer text; every language optional. */
export const catalogueTextsSchema = z.object({
  it: z.string().trim().min(1).max(2000).optional(),
  en: z.string().trim().min(1).max(2000).optional(),
  fr: z.string().trim().min(1).max(2000).optional(),
  ar: z.string().trim().min(1).max(2000).optional(),
});
export type CatalogueTexts = z.infer<typeof catalogueTextsSchema>;

/** Assessment domains: what each need level 0–3 means, in Italian at least. */
export const catalogueLevelsSchema = z.object({
  "0": catalogueLabelsSchema.extend({ it: z.string().trim().min(1).max(1000) }),
  "1": catalogueLabelsSchema.extend({ it: z.string().trim().min(1).max(1000) }),
  "2": catalogueLabelsSchema.extend({ it: z.string().trim().min(1).max(1000) }),
  "3": catalogueLabelsSchema.extend({ it: z.string().trim().min(1).max(1000) }),
});
export type CatalogueLevels = z.infer<typeof catalogueLevelsSchema>;

/** Code of the CISIS interregional nomenclature of social services (e.g. A1), where one applies. */
export const cisisCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Z][0-9]{0,2}(\.[0-9]{1,3}){0,2}$/, "a CISIS nomenclature code, e.g. A1 or A2.01");

const durationSchema = z
  .number()
  .int()
  .min(1)
  .max(24 * 60);

export const catalogueEntrySchema = z.object({
  id: idSchema,
  kind: catalogKindSchema,
  code: catalogueCodeSchema,
  /** null: the instance-wide default; otherwise the network that added or overrides the entry. */
  networkId: idSchema.nullable(),
  labels: catalogueLabelsSchema,
  descriptions: catalogueTextsSchema,
  cisisCode: z.string().nullable(),
  /** Special-category data (GDPR art. 9): shown and recorded only by roles that need them. */
  specialCategory: z.boolean(),
  /** Assessment domains only: the definition of each need level. */
  levels: catalogueLevelsSchema.nullable(),
  /** Service types only: the duration proposed when recording a service. */
  defaultDurationMinutes: z.number().int().nullable(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  version: versionSchema,
  updatedAt: z.iso.datetime(),
});
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

export const catalogueListQuerySchema = z.object({
  /** The network whose overrides apply; default: the network of the signed-in user's organisation. */
  networkId: idSchema.optional(),
  includeInactive: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
});
export type CatalogueListQuery = z.infer<typeof catalogueListQuerySchema>;

export const catalogueListSchema = z.object({
  kind: catalogKindSchema,
  /** The network whose overrides were applied (null: the defaults only). */
  networkId: idSchema.nullable(),
  items: z.array(catalogueEntrySchema),
});
export type CatalogueList = z.infer<typeof catalogueListSchema>;

export const catalogueEntryCreateSchema = z.object({
  id: clientIdSchema.optional(),
  code: catalogueCodeSchema,
  /** null or absent: a new instance-wide entry; a network: an entry (or an override of a default's code) for it. */
  networkId: idSchema.nullable().optional(),
  labels: catalogueLabelsSchema,
  descriptions: catalogueTextsSchema.optional(),
  cisisCode: cisisCodeSchema.nullable().optional(),
  specialCategory: z.boolean().optional(),
  levels: catalogueLevelsSchema.nullable().optional(),
  defaultDurationMinutes: durationSchema.nullable().optional(),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
  active: z.boolean().optional(),
});
export type CatalogueEntryCreate = z.infer<typeof catalogueEntryCreateSchema>;

/** The code and the network never change (sending them is a validation error); every other field is optional. */
export const catalogueEntryUpdateSchema = z.strictObject({
  version: versionSchema,
  labels: catalogueLabelsSchema.optional(),
  descriptions: catalogueTextsSchema.optional(),
  cisisCode: cisisCodeSchema.nullable().optional(),
  specialCategory: z.boolean().optional(),
  levels: catalogueLevelsSchema.nullable().optional(),
  defaultDurationMinutes: durationSchema.nullable().optional(),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
  active: z.boolean().optional(),
});
export type CatalogueEntryUpdate = z.infer<typeof catalogueEntryUpdateSchema>;
