import { sql } from "drizzle-orm";
import { type AuditInput, appendAuditEvents } from "../audit/audit.repository.ts";
import { type Actor, dbScope } from "../authz/actor.ts";
import { specialCategoryRoles } from "../authz/roles.ts";
import type { Database, Tx } from "./database.ts";

export interface RequestMeta {
  ip: string | null;
  requestId: string | null;
}

/** What a use case gets: the transaction, who acts, and the audit trail to append to. */
export interface TxContext {
  tx: Tx;
  actor: Actor;
  meta: RequestMeta;
  /** Queued and written, hash-chained, just before the transaction commits. */
  audit(event: AuditInput): void;
}

export const noMeta: RequestMeta = { ip: null, requestId: null };

/**
 * Runs `fn` in one transaction as the non-superuser role app_user, with the actor's tenant scope
 * set for row-level security, and appends its audit events before commit: the change and its
 * audit record land together or not at all.
 */
export async function inTransaction<T>(
  database: Database,
  actor: Actor,
  meta: RequestMeta,
  fn: (ctx: TxContext) => Promise<T>,
): Promise<T> {
  return database.db.transaction(async (tx) => {
    const scope = dbScope(actor);
    const orgIds = actor.organizationId ?? "";
    // Special-category rows (health, trafficking…) are visible only to roles that need them.
    const special = actor.roles.some((r) => specialCategoryRoles.has(r)) ? "1" : "0";
    await tx.execute(
      sql`select set_config('role', 'app_user', true), set_config('app.scope', ${scope}, true), set_config('app.org_ids', ${orgIds}, true), set_config('app.user_id', ${actor.userId ?? ""}, true), set_config('app.special', ${special}, true)`,
    );
    const queued: AuditInput[] = [];
    const ctx: TxContext = { tx, actor, meta, audit: (e) => queued.push(e) };
    const result = await fn(ctx);
    await appendAuditEvents(
      tx,
      {
        actorUserId: actor.userId,
        actorOrganizationId: actor.organizationId,
        ip: meta.ip,
        requestId: meta.requestId,
      },
      queued,
    );
    return result;
  });
}
