import { asc, eq, gt } from "drizzle-orm";
import type { AppDb, Tx } from "../db/database.ts";
import { newId } from "../db/ids.ts";
import { auditEvents, auditHead } from "../db/schema.ts";
import { type ChainedFields, chainHash, GENESIS_HASH } from "./hash-chain.ts";

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  /** The organisation the record belongs to (drives who may read the event). Defaults to the actor's. */
  organizationId?: string | null;
  /** Never personal data: ids, field names, counts. */
  details?: Record<string, unknown>;
  /** Overrides the transaction's actor, for events recorded before anyone is signed in (sign-in itself). */
  actor?: { userId: string | null; organizationId: string | null };
}

export interface AuditWho {
  actorUserId: string | null;
  actorOrganizationId: string | null;
  ip: string | null;
  requestId: string | null;
}

/**
 * Appends events to the hash chain inside the caller's transaction. The head row is locked
 * (SELECT … FOR UPDATE), so concurrent writers append one after another and the chain has no fork.
 */
export async function appendAuditEvents(tx: Tx, who: AuditWho, events: readonly AuditInput[]): Promise<void> {
  if (events.length === 0) return;
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1)).for("update");
  if (!head) throw new Error("audit_head row missing: migrations not applied");
  let prev = head.hash;
  let seq = head.seq;
  const occurredAt = new Date();
  const rows = events.map((e) => {
    seq += 1;
    const fields: ChainedFields = {
      seq,
      id: newId(),
      occurredAt,
      actorUserId: e.actor ? e.actor.userId : who.actorUserId,
      actorOrganizationId: e.actor ? e.actor.organizationId : who.actorOrganizationId,
      organizationId:
        e.organizationId !== undefined
          ? e.organizationId
          : e.actor
            ? e.actor.organizationId
            : who.actorOrganizationId,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId ?? null,
      ip: who.ip,
      requestId: who.requestId,
      details: e.details ?? {},
    };
    const hash = chainHash(prev, fields);
    const row = { ...fields, prevHash: prev, hash };
    prev = hash;
    return row;
  });
  await tx.insert(auditEvents).values(rows);
  await tx.update(auditHead).set({ seq, hash: prev }).where(eq(auditHead.id, 1));
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  /** The first row whose stored hash or link does not match; null when the chain is intact. */
  firstBroken: { seq: number; reason: string } | null;
}

/** Walks the whole chain in seq order (batches of 5,000) and recomputes every hash. Runs outside RLS (CLI). */
export async function verifyAuditChain(db: AppDb, batchSize = 5000): Promise<VerifyResult> {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const batch = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, expectedSeq - 1))
      .orderBy(asc(auditEvents.seq))
      .limit(batchSize);
    if (batch.length === 0) break;
    for (const row of batch) {
      if (row.seq !== expectedSeq) {
        return {
          ok: false,
          checked,
          firstBroken: { seq: expectedSeq, reason: `row ${expectedSeq} is missing` },
        };
      }
      if (row.prevHash !== prev) {
        return {
          ok: false,
          checked,
          firstBroken: { seq: row.seq, reason: "prev_hash does not match the previous row" },
        };
      }
      const recomputed = chainHash(prev, row);
      if (recomputed !== row.hash) {
        return {
          ok: false,
          checked,
          firstBroken: { seq: row.seq, reason: "content does not match its hash" },
        };
      }
      prev = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
  }
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
  if (head && (head.seq !== expectedSeq - 1 || head.hash !== prev)) {
    return {
      ok: false,
      checked,
      firstBroken: {
        seq: expectedSeq,
        reason: `the chain ends at ${expectedSeq - 1} but its head says ${head.seq}`,
      },
    };
  }
  return { ok: true, checked, firstBroken: null };
}
