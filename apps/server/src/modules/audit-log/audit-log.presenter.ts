import type { AuditEvent } from "@approdo/contracts";
import type { AuditRow } from "./audit-log.repository.ts";

function detailsOf(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

export function presentAuditEvent(row: AuditRow): AuditEvent {
  return {
    seq: row.seq,
    occurredAt: row.occurredAt.toISOString(),
    actorUserId: row.actorUserId,
    actorUsername: row.actorUsername,
    actorOrganizationId: row.actorOrganizationId,
    organizationId: row.organizationId,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    ip: row.ip,
    details: detailsOf(row.details),
  };
}
