import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export interface ChainedFields {
  seq: number;
  id: string;
  occurredAt: Date;
  actorUserId: string | null;
  actorOrganizationId: string | null;
  organizationId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  ip: string | null;
  requestId: string | null;
  details: unknown;
}

/** JSON with object keys sorted, so the same value hashes the same after a round trip through jsonb. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  // Like JSON.stringify (and so like the jsonb column): a Date is hashed as its ISO string, not as {}.
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === "function") return canonicalJson(toJSON.call(value));
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** hash(n) = sha256(hash(n-1) ‖ canonical(row n)). Changing, removing or reordering a row breaks every later hash. */
export function chainHash(prevHash: string, row: ChainedFields): string {
  const body = canonicalJson([
    row.seq,
    row.id,
    row.occurredAt.toISOString(),
    row.actorUserId,
    row.actorOrganizationId,
    row.organizationId,
    row.action,
    row.entityType,
    row.entityId,
    row.ip,
    row.requestId,
    row.details,
  ]);
  return createHash("sha256").update(prevHash).update("\n").update(body).digest("hex");
}
