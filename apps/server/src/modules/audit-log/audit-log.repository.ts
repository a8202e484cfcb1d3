import { and, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import { auditEvents, users } from "../../platform/db/schema.ts";

export interface AuditFilter {
  actorUserId?: string;
  organizationId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: Date;
  to?: Date;
}

export interface AuditRow {
  seq: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorUsername: string | null;
  actorOrganizationId: string | null;
  organizationId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  ip: string | null;
  details: unknown;
}

function conditions(filter: AuditFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.actorUserId) where.push(eq(auditEvents.actorUserId, filter.actorUserId));
  if (filter.organizationId) where.push(eq(auditEvents.organizationId, filter.organizationId));
  if (filter.entityType) where.push(eq(auditEvents.entityType, filter.entityType));
  if (filter.entityId) where.push(eq(auditEvents.entityId, filter.entityId));
  if (filter.action) where.push(eq(auditEvents.action, filter.action));
  if (filter.from) where.push(gte(auditEvents.occurredAt, filter.from));
  if (filter.to) where.push(lt(auditEvents.occurredAt, filter.to));
  return where;
}

/** Newest first by seq, `limit + 1` rows; each filter has an index ending in seq. */
export async function searchAuditEvents(
  tx: Tx,
  filter: AuditFilter,
  beforeSeq: number | null,
  limit: number,
): Promise<AuditRow[]> {
  const where = conditions(filter);
  if (beforeSeq !== null) where.push(lt(auditEvents.seq, beforeSeq));
  return tx
    .select({
      seq: auditEvents.seq,
      occurredAt: auditEvents.occurredAt,
      actorUserId: auditEvents.actorUserId,
      actorUsername: users.username,
      actorOrganizationId: auditEvents.actorOrganizationId,
      organizationId: auditEvents.organizationId,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      ip: auditEvents.ip,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(...where))
    .orderBy(desc(auditEvents.seq))
    .limit(limit + 1);
}
