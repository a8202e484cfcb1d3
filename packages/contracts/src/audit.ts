import { z } from "zod";
import { idSchema, pageOf, pageQuerySchema } from "./common.ts";

/** GET /api/v1/audit-events: newest first (by seq). Every filter is optional and they combine with AND. */
export const auditSearchQuerySchema = pageQuerySchema.extend({
  actorUserId: idSchema.optional(),
  organizationId: idSchema.optional(),
  entityType: z.string().trim().min(1).max(60).optional(),
  entityId: z.string().trim().min(1).max(200).optional(),
  /** An exact action code, e.g. "user.read". */
  action: z.string().trim().min(1).max(100).optional(),
  /** Inclusive lower bound of occurredAt. */
  from: z.iso.datetime({ offset: true }).optional(),
  /** Exclusive upper bound of occurredAt. */
  to: z.iso.datetime({ offset: true }).optional(),
});
export type AuditSearchQuery = z.infer<typeof auditSearchQuerySchema>;

export const auditEventSchema = z.object({
  seq: z.number().int().positive(),
  occurredAt: z.string(),
  actorUserId: idSchema.nullable(),
  actorUsername: z.string().nullable(),
  actorOrganizationId: idSchema.nullable(),
  organizationId: idSchema.nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  ip: z.string().nullable(),
  /** Ids, field names and counts only: never personal data. */
  details: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditEventPageSchema = pageOf(auditEventSchema);
export type AuditEventPage = z.infer<typeof auditEventPageSchema>;

export const auditVerifySchema = z.object({
  ok: z.boolean(),
  checked: z.number().int().nonnegative(),
  /** The first row whose hash or link does not match; null when the chain is intact. */
  firstBroken: z.object({ seq: z.number().int(), reason: z.string() }).nullable(),
});
export type AuditVerify = z.infer<typeof auditVerifySchema>;
