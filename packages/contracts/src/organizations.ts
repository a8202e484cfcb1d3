import { z } from "zod";
import { idSchema, istatCodeSchema, pageOf, pageQuerySchema, versionSchema } from "./common.ts";
import { organizationTypeSchema } from "./roles.ts";

/** Ids made by clients (offline-ready): UUIDv7 only, so they stay time-ordered like the server's. */
export const clientIdSchema = z.uuid({ version: "v7", message: "A UUIDv7" });

export const organizationSchema = z.object({
  id: idSchema,
  name: z.string(),
  type: organizationTypeSchema,
  istatCode: istatCodeSchema.nullable(),
  territoryName: z.string().nullable(),
  parentId: idSchema.nullable(),
  requiresClosureApproval: z.boolean(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Organization = z.infer<typeof organizationSchema>;

export const organizationDetailSchema = organizationSchema.extend({
  /** Networks the organisation belongs to. */
  networkIds: z.array(idSchema),
  /** Projects the organisation leads or is a partner of. */
  projectIds: z.array(idSchema),
});
export type OrganizationDetail = z.infer<typeof organizationDetailSchema>;

export const organizationListQuerySchema = pageQuerySchema.extend({
  /** Part of the name, case-insensitive. */
  q: z.string().trim().max(100).optional(),
  type: organizationTypeSchema.optional(),
});
export type OrganizationListQuery = z.infer<typeof organizationListQuerySchema>;
export const organizationPageSchema = pageOf(organizationSchema);

const organizationName = z.string().trim().min(1).max(200);

export const organizationCreateSchema = z.object({
  id: clientIdSchema.optional(),
  name: organizationName,
  type: organizationTypeSchema,
  istatCode: istatCodeSchema,
  parentId: idSchema.nullable().optional(),
  requiresClosureApproval: z.boolean().optional(),
  active: z.boolean().optional(),
});
export type OrganizationCreate = z.infer<typeof organizationCreateSchema>;

export const organizationUpdateSchema = z.object({
  /** The version the client loaded; a stale one answers 409 VERSION_CONFLICT. */
  version: versionSchema,
  name: organizationName.optional(),
  type: organizationTypeSchema.optional(),
  istatCode: istatCodeSchema.optional(),
  parentId: idSchema.nullable().optional(),
  requiresClosureApproval: z.boolean().optional(),
  active: z.boolean().optional(),
});
export type OrganizationUpdate = z.infer<typeof organizationUpdateSchema>;
