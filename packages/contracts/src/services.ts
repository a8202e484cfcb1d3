import { z } from "zod";
import { catalogueCodeSchema, catalogueLabelsSchema } from "./catalogues.ts";
import { idSchema, isoDateSchema, pageOf, pageQuerySchema } from "./common.ts";
import { clientIdSchema } from "./organizations.ts";
import { languageCode3Schema } from "./people.ts";

/**
 * Services delivered ("interventi"): a dated service of a catalogue type, by an operator of an
 * organisation, for one or more persons of a case. Append-only: a mistake is voided (with a
 * reason), and a correction is a new record that points at the one it corrects (`correctsId`),
 * which is voided in the same transaction.
 */

export const serviceRecordCreateSchema = z.object({
  id: clientIdSchema.optional(),
  /** An active code of the service_type catalogue (the network's, or the defaults). */
  serviceType: catalogueCodeSchema,
  /** Not in the future. */
  deliveredOn: isoDateSchema,
  /** Default: the catalogue entry's default duration. */
  durationMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),
  /** Subject persons of the case; default: all of them (the person, or the household's current members). */
  personIds: z.array(idSchema).min(1).max(40).optional(),
  /** Default: the signed-in user. */
  operatorId: idSchema.optional(),
  servicePointId: idSchema.nullable().optional(),
  mediatorId: idSchema.nullable().optional(),
  /** ISO 639-3 of the language the service was delivered in. */
  language: languageCode3Schema.nullable().optional(),
  /** An action of this case's plan. */
  planActionId: idSchema.nullable().optional(),
  notes: z.string().trim().max(4000).optional(),
  /** A correction: the record it replaces, voided in the same transaction. */
  correctsId: idSchema.optional(),
  /** Why the corrected record is replaced (default "corrected"). */
  correctionReason: z.string().trim().min(1).max(500).optional(),
});
export type ServiceRecordCreate = z.infer<typeof serviceRecordCreateSchema>;

export const serviceRecordVoidSchema = z.object({
  reason: z.string().trim().min(1).max(500),
});
export type ServiceRecordVoid = z.infer<typeof serviceRecordVoidSchema>;

export const serviceRecordPersonSchema = z.object({
  personId: idSchema,
  /** null when the reader may not see the person's registry record. */
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
});

export const serviceRecordSchema = z.object({
  id: idSchema,
  caseId: idSchema.nullable(),
  organizationId: idSchema,
  servicePointId: idSchema.nullable(),
  serviceType: z.string(),
  /** The type's labels from the catalogue (null if the code is no longer in it). */
  serviceTypeLabels: catalogueLabelsSchema.nullable(),
  deliveredOn: isoDateSchema,
  durationMinutes: z.number().int().nullable(),
  people: z.array(serviceRecordPersonSchema),
  operatorId: idSchema.nullable(),
  mediatorId: idSchema.nullable(),
  language: z.string().nullable(),
  planActionId: idSchema.nullable(),
  notes: z.string(),
  voidedAt: z.iso.datetime().nullable(),
  voidedBy: idSchema.nullable(),
  voidReason: z.string().nullable(),
  correctsId: idSchema.nullable(),
  createdBy: idSchema.nullable(),
  createdAt: z.iso.datetime(),
});
export type ServiceRecord = z.infer<typeof serviceRecordSchema>;

export const serviceRecordPageSchema = pageOf(serviceRecordSchema);

export const caseServiceListQuerySchema = pageQuerySchema;

/** The organisation's register of services delivered. */
export const serviceRegisterQuerySchema = pageQuerySchema.extend({
  personId: idSchema.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  serviceType: catalogueCodeSchema.optional(),
});
export type ServiceRegisterQuery = z.infer<typeof serviceRegisterQuerySchema>;
