import { z } from "zod";
import {
  idSchema,
  isoDateSchema,
  istatCodeSchema,
  pageOf,
  pageQuerySchema,
  versionSchema,
} from "./common.ts";
import { clientIdSchema } from "./organizations.ts";
import { partnerRoleSchema, targetIndicatorSchema } from "./roles.ts";

export type PartnerRole = z.infer<typeof partnerRoleSchema>;
export type TargetIndicator = z.infer<typeof targetIndicatorSchema>;

export const projectSchema = z.object({
  id: idSchema,
  code: z.string(),
  title: z.string(),
  description: z.string(),
  fundLine: z.string(),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  leadOrganizationId: idSchema,
  leadOrganizationName: z.string(),
  networkId: idSchema.nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Project = z.infer<typeof projectSchema>;

export const projectPartnerSchema = z.object({
  organizationId: idSchema,
  organizationName: z.string(),
  role: partnerRoleSchema,
});
export const projectTargetSchema = z.object({
  id: idSchema,
  indicator: targetIndicatorSchema,
  istatCode: istatCodeSchema.nullable(),
  territoryName: z.string().nullable(),
  value: z.number().int(),
  note: z.string().nullable(),
});
export const projectDetailSchema = projectSchema.extend({
  partners: z.array(projectPartnerSchema),
  targets: z.array(projectTargetSchema),
});
export type ProjectDetail = z.infer<typeof projectDetailSchema>;

export const projectListQuerySchema = pageQuerySchema.extend({
  /** Part of the code or the title, case-insensitive. */
  q: z.string().trim().max(100).optional(),
  /** Only projects this organisation leads or is a partner of. */
  organizationId: idSchema.optional(),
});
export type ProjectListQuery = z.infer<typeof projectListQuerySchema>;
export const projectPageSchema = pageOf(projectSchema);

export const projectPartnerInputSchema = z.object({ organizationId: idSchema, role: partnerRoleSchema });
export type ProjectPartnerInput = z.infer<typeof projectPartnerInputSchema>;
export const projectTargetInputSchema = z.object({
  indicator: targetIndicatorSchema,
  /** null: the whole project, not one municipality. */
  istatCode: istatCodeSchema.nullable(),
  value: z.number().int().min(0).max(10_000_000),
  note: z.string().trim().max(500).nullable(),
});
export type ProjectTargetInput = z.infer<typeof projectTargetInputSchema>;

/** Each organisation once; the lead is added by the server when missing. */
const partnersInput = z
  .array(projectPartnerInputSchema)
  .max(200)
  .refine((list) => new Set(list.map((p) => p.organizationId)).size === list.length, {
    message: "Each organisation may appear only once among the partners",
  });
/** Each indicator once per territory. */
const targetsInput = z
  .array(projectTargetInputSchema)
  .max(500)
  .refine((list) => new Set(list.map((t) => `${t.indicator}/${t.istatCode}`)).size === list.length, {
    message: "Each indicator may appear only once per territory",
  });

const projectFields = {
  code: z.string().trim().min(1).max(50),
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(5000),
  fundLine: z.string().trim().min(1).max(200),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  leadOrganizationId: idSchema,
  networkId: idSchema.nullable(),
  partners: partnersInput,
  targets: targetsInput,
};

const datesInOrder = {
  check: (p: { startDate?: string | undefined; endDate?: string | undefined }) =>
    p.startDate === undefined || p.endDate === undefined || p.endDate >= p.startDate,
  params: { message: "The end date must not be before the start date", path: ["endDate"] },
};

export const projectCreateSchema = z
  .object({
    id: clientIdSchema.optional(),
    ...projectFields,
    description: projectFields.description.optional(),
    networkId: projectFields.networkId.optional(),
    partners: projectFields.partners.optional(),
    targets: projectFields.targets.optional(),
  })
  .refine(datesInOrder.check, datesInOrder.params);
export type ProjectCreate = z.infer<typeof projectCreateSchema>;

/** Partial; `partners` or `targets`, when sent, replace the whole list. */
export const projectUpdateSchema = z
  .object({
    version: versionSchema,
    code: projectFields.code.optional(),
    title: projectFields.title.optional(),
    description: projectFields.description.optional(),
    fundLine: projectFields.fundLine.optional(),
    startDate: projectFields.startDate.optional(),
    endDate: projectFields.endDate.optional(),
    leadOrganizationId: projectFields.leadOrganizationId.optional(),
    networkId: projectFields.networkId.optional(),
    partners: projectFields.partners.optional(),
    targets: projectFields.targets.optional(),
  })
  .refine(datesInOrder.check, datesInOrder.params);
export type ProjectUpdate = z.infer<typeof projectUpdateSchema>;
