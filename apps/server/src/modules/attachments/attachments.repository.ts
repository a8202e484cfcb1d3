import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import { attachments, people } from "../../platform/db/schema.ts";

export type AttachmentRow = typeof attachments.$inferSelect;
export type NewAttachment = typeof attachments.$inferInsert & { id: string };

export async function insertAttachment(tx: Tx, values: NewAttachment): Promise<AttachmentRow> {
  const [row] = await tx.insert(attachments).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** A stored, not deleted attachment the caller can see (row-level security applies). */
export async function findAttachment(tx: Tx, id: string, lock = false): Promise<AttachmentRow | null> {
  const query = tx
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, id), isNull(attachments.deletedAt)));
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

/** Newest first; keyset on (created_at, id), which attachments_person_idx serves. */
export async function listAttachments(
  tx: Tx,
  personId: string,
  options: { before: readonly [string, string] | null; limit: number },
): Promise<AttachmentRow[]> {
  const where = [eq(attachments.personId, personId), isNull(attachments.deletedAt)];
  if (options.before) {
    const [createdAt, id] = options.before;
    where.push(sql`(${attachments.createdAt}, ${attachments.id}) < (${createdAt}::timestamptz, ${id}::uuid)`);
  }
  return tx
    .select()
    .from(attachments)
    .where(and(...where))
    .orderBy(desc(attachments.createdAt), desc(attachments.id))
    .limit(options.limit + 1);
}

export async function markDeleted(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx
    .update(attachments)
    .set({ deletedAt: new Date() })
    .where(and(eq(attachments.id, id), isNull(attachments.deletedAt)))
    .returning({ id: attachments.id });
  return rows.length === 1;
}

/** The data controller of a person the caller can see; null when the person is not visible. */
export async function findPersonController(tx: Tx, personId: string): Promise<string | null> {
  const [row] = await tx
    .select({ organizationId: people.organizationId })
    .from(people)
    .where(and(eq(people.id, personId), isNull(people.mergedIntoId)));
  return row?.organizationId ?? null;
}

/**
 * Re-points the attachments of `fromId` to `toId` (deleted ones too: they are still the person's
 * record until retention removes them); only `ids` when given. Returns the ids moved.
 */
export async function repointAttachments(
  tx: Tx,
  fromId: string,
  toId: string,
  ids?: readonly string[],
): Promise<string[]> {
  if (ids && ids.length === 0) return [];
  const where = [eq(attachments.personId, fromId)];
  if (ids) where.push(inArray(attachments.id, [...ids]));
  const rows = await tx
    .update(attachments)
    .set({ personId: toId })
    .where(and(...where))
    .returning({ id: attachments.id });
  return rows.map((r) => r.id);
}

/** Which of `keys` some attachment row (deleted or not) still points at. Run with the system scope. */
export async function referencedStorageKeys(tx: Tx, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await tx
    .select({ key: attachments.storageKey })
    .from(attachments)
    .where(inArray(attachments.storageKey, [...keys]));
  return new Set(rows.map((r) => r.key));
}
