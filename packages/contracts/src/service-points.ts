import { z } from "zod";
import { idSchema, istatCodeSchema, pageOf, pageQuerySchema, versionSchema } from "./common.ts";
import { clientIdSchema } from "./organizations.ts";
import { servicePointTypeSchema } from "./roles.ts";

/** ISO 639-1 (two letters) or ISO 639-3 (three letters), lower case. */
export const languageCodeSchema = z.string().regex(/^[a-z]{2,3}$/, "An ISO 639-1 or 639-3 code, lower case");

export const servicePointSchema = z.object({
  id: idSchema,
  organizationId: idSchema,
  organizationName: z.string(),
  type: servicePointTypeSchema,
  name: z.string(),
  istatCode: istatCodeSchema,
  territoryName: z.string(),
  address: z.string(),
  openingHours: z.string(),
  languages: z.array(z.string()),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ServicePoint = z.infer<typeof servicePointSchema>;

export const servicePointListQuerySchema = pageQuerySchema.extend({
  organizationId: idSchema.optional(),
  istatCode: istatCodeSchema.optional(),
  type: servicePointTypeSchema.optional(),
});
export type ServicePointListQuery = z.infer<typeof servicePointListQuerySchema>;
export const servicePointPageSchema = pageOf(servicePointSchema);

const languagesInput = z
  .array(languageCodeSchema)
  .max(50)
  .refine((list) => new Set(list).size === list.length, { message: "Each language only once" });

const servicePointFields = {
  organizationId: idSchema,
  type: servicePointTypeSchema,
  name: z.string().trim().min(1).max(200),
  istatCode: istatCodeSchema,
  address: z.string().trim().max(300),
  openingHours: z.string().trim().max(1000),
  languages: languagesInput,
  active: z.boolean(),
};

export const servicePointCreateSchema = z.object({
  id: clientIdSchema.optional(),
  ...servicePointFields,
  address: servicePointFields.address.optional(),
  openingHours: servicePointFields.openingHours.optional(),
  languages: servicePointFields.languages.optional(),
  active: servicePointFields.active.optional(),
});
export type ServicePointCreate = z.infer<typeof servicePointCreateSchema>;

export const servicePointUpdateSchema = z.object({
  version: versionSchema,
  ...z.object(servicePointFields).partial().shape,
});
export type ServicePointUpdate = z.infer<typeof servicePointUpdateSchema>;
