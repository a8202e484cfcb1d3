import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import { attachments, consents, organizations, people } from "../../platform/db/schema.ts";

export type ConsentRow = typeof consents.$inferSelect;

/** A person the caller may see, with their data controller. */
export interface PersonRef {
  id: string;
  organizationId: string;
}

/** Newest first: by the day given, then by when it was recorded. */
export async function listConsents(tx: Tx, personId: string, purpose?: string): Promise<ConsentRow[]> {
  const where = [eq(consents.personId, personId)];
  if (purpose) where.push(eq(consents.purpose, purpose));
  return tx
    .select()
    .from(consents)
    .where(and(...where))
    .orderBy(desc(consents.givenOn), desc(consents.createdAt), desc(consents.id));
}

/** With `lock`, the row stays locked until commit (a concurrent withdrawal waits, then sees it withdrawn). */
export async function findConsent(
  tx: Tx,
  personId: string,
  id: string,
  lock = false,
): Promise<ConsentRow | null> {
  const query = tx
    .select()
    .from(consents)
    .where(and(eq(consents.id, id), eq(consents.personId, personId)));
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

export type NewConsent = typeof consents.$inferInsert & { id: string };

export async function insertConsent(tx: Tx, values: NewConsent): Promise<void> {
  await tx.insert(consents).values(values);
}

/** Records the withdrawal of a consent still in force; false when it was already withdrawn. */
export async function markWithdrawn(
  tx: Tx,
  id: string,
  withdrawnOn: string,
  note: string | null,
): Promise<boolean> {
  const rows = await tx
    .update(consents)
    .set({ withdrawnOn, withdrawalNote: note, updatedAt: new Date(), version: sql`${consents.version} + 1` })
    .where(and(eq(consents.id, id), isNull(consents.withdrawnOn)))
    .returning({ id: consents.id });
  return rows.length === 1;
}

/**
 * The person's data controller, and the survivor when the record was merged. Read here rather
 * than through the people module because mayReceive runs inside other modules' transactions and
 * needs one cheap look-up; null when the person does not exist or is not visible to the caller.
 */
export async function findPersonControl(
  tx: Tx,
  personId: string,
): Promise<{ organizationId: string; mergedIntoId: string | null } | null> {
  const [row] = await tx
    .select({ organizationId: people.organizationId, mergedIntoId: people.mergedIntoId })
    .from(people)
    .where(eq(people.id, personId));
  return row ?? null;
}

/** A stored, not deleted attachment the caller can see; its person, if it has one. */
export async function findAttachment(tx: Tx, id: string): Promise<{ personId: string | null } | null> {
  const [row] = await tx
    .select({ personId: attachments.personId })
    .from(attachments)
    .where(and(eq(attachments.id, id), isNull(attachments.deletedAt)));
  return row ?? null;
}

/** Organisation names for the consent summary (reference data, readable network-wide). */
export async function organizationNames(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Re-points consents from one person to another: all of them, or only the listed ids. */
export async function repointConsents(
  tx: Tx,
  fromPersonId: string,
  toPersonId: string,
  onlyIds?: readonly string[],
): Promise<string[]> {
  if (onlyIds && onlyIds.length === 0) return [];
  const where = [eq(consents.personId, fromPersonId)];
  if (onlyIds) where.push(inArray(consents.id, [...onlyIds]));
  const rows = await tx
    .update(consents)
    .set({ personId: toPersonId, updatedAt: new Date() })
    .where(and(...where))
    .returning({ id: consents.id });
  return rows.map((r) => r.id);
}
