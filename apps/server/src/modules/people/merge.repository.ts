import { and, desc, eq, inArray, notInArray, or, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import {
  people,
  personLanguages,
  personMerges,
  personNames,
  personVulnerabilities,
  residencePermits,
} from "../../platform/db/schema.ts";

export type MergeRow = typeof personMerges.$inferSelect;
export type NewMerge = typeof personMerges.$inferInsert & { id: string };

export async function insertMerge(tx: Tx, row: NewMerge): Promise<MergeRow> {
  const [inserted] = await tx.insert(personMerges).values(row).returning();
  if (!inserted) throw new Error("insert returned no row");
  return inserted;
}

export async function findMerge(tx: Tx, id: string, lock = false): Promise<MergeRow | null> {
  const query = tx.select().from(personMerges).where(eq(personMerges.id, id));
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

/** Merges in which the person survived or was the duplicate, newest first. */
export async function listMerges(tx: Tx, personId: string): Promise<MergeRow[]> {
  return tx
    .select()
    .from(personMerges)
    .where(or(eq(personMerges.survivorId, personId), eq(personMerges.duplicateId, personId)))
    .orderBy(desc(personMerges.mergedAt), desc(personMerges.id));
}

export async function markMergeUndone(tx: Tx, id: string, undoneBy: string | null): Promise<MergeRow> {
  const [row] = await tx
    .update(personMerges)
    .set({ undoneBy, undoneAt: new Date() })
    .where(eq(personMerges.id, id))
    .returning();
  if (!row) throw new Error("update returned no row");
  return row;
}

/** Sets or clears the merge mark, with a new version: a client editing the old record gets a 409. */
export async function setMergedInto(tx: Tx, id: string, survivorId: string | null): Promise<void> {
  await tx
    .update(people)
    .set({ mergedIntoId: survivorId, updatedAt: new Date(), version: sql`${people.version} + 1` })
    .where(eq(people.id, id));
}

export async function moveNames(tx: Tx, fromId: string, toId: string): Promise<string[]> {
  const rows = await tx
    .update(personNames)
    .set({ personId: toId })
    .where(eq(personNames.personId, fromId))
    .returning({ id: personNames.id });
  return rows.map((r) => r.id);
}

export async function restoreNames(
  tx: Tx,
  ids: readonly string[],
  fromId: string,
  toId: string,
): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(personNames)
    .set({ personId: toId })
    .where(and(inArray(personNames.id, [...ids]), eq(personNames.personId, fromId)));
}

export async function deleteNames(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await tx.delete(personNames).where(inArray(personNames.id, [...ids]));
}

export interface MovedLanguage {
  language: string;
  isPrimary: boolean;
}

/**
 * Moves the duplicate's languages the survivor lacks (one row per person and language); they lose
 * their primary mark when the survivor has a primary language. Returns them as they were.
 */
export async function moveLanguages(tx: Tx, fromId: string, toId: string): Promise<MovedLanguage[]> {
  const survivor = await tx.select().from(personLanguages).where(eq(personLanguages.personId, toId));
  const known = survivor.map((l) => l.language);
  const keepPrimary = !survivor.some((l) => l.isPrimary);
  const moving = await tx
    .select({ language: personLanguages.language, isPrimary: personLanguages.isPrimary })
    .from(personLanguages)
    .where(
      and(
        eq(personLanguages.personId, fromId),
        known.length > 0 ? notInArray(personLanguages.language, known) : undefined,
      ),
    );
  for (const l of moving) {
    await tx
      .update(personLanguages)
      .set({ personId: toId, isPrimary: keepPrimary && l.isPrimary })
      .where(and(eq(personLanguages.personId, fromId), eq(personLanguages.language, l.language)));
  }
  return moving;
}

export async function restoreLanguages(
  tx: Tx,
  moved: readonly MovedLanguage[],
  fromId: string,
  toId: string,
): Promise<void> {
  for (const l of moved) {
    await tx
      .update(personLanguages)
      .set({ personId: toId, isPrimary: l.isPrimary })
      .where(and(eq(personLanguages.personId, fromId), eq(personLanguages.language, l.language)));
  }
}

export async function movePermits(tx: Tx, fromId: string, toId: string): Promise<string[]> {
  const rows = await tx
    .update(residencePermits)
    .set({ personId: toId })
    .where(eq(residencePermits.personId, fromId))
    .returning({ id: residencePermits.id });
  return rows.map((r) => r.id);
}

export async function restorePermits(
  tx: Tx,
  ids: readonly string[],
  fromId: string,
  toId: string,
): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(residencePermits)
    .set({ personId: toId })
    .where(and(inArray(residencePermits.id, [...ids]), eq(residencePermits.personId, fromId)));
}

/**
 * Runs `fn` with special-category rows visible, then puts the caller's setting back. Used only to
 * move vulnerability rows from one person to another without reading them ("blind move"): a
 * coordinator's merge must not leave a survivor of torture's record behind on the hidden duplicate.
 * No content comes back to the caller, only row ids, which go into the merge snapshot.
 */
async function withSpecialCategoryRows<T>(tx: Tx, fn: () => Promise<T>): Promise<T> {
  const result = await tx.execute(
    sql`select coalesce(current_setting('app.special', true), '') as previous, set_config('app.special', '1', true)`,
  );
  const [row] = (result as unknown as { rows: { previous: string }[] }).rows;
  const previous = row?.previous ?? "0";
  const out = await fn();
  // On an error the transaction rolls back, and with it this transaction-local setting.
  await tx.execute(sql`select set_config('app.special', ${previous}, true)`);
  return out;
}

export async function moveVulnerabilities(tx: Tx, fromId: string, toId: string): Promise<string[]> {
  return withSpecialCategoryRows(tx, async () => {
    const rows = await tx
      .update(personVulnerabilities)
      .set({ personId: toId })
      .where(eq(personVulnerabilities.personId, fromId))
      .returning({ id: personVulnerabilities.id });
    return rows.map((r) => r.id);
  });
}

export async function restoreVulnerabilities(
  tx: Tx,
  ids: readonly string[],
  fromId: string,
  toId: string,
): Promise<number> {
  if (ids.length === 0) return 0;
  return withSpecialCategoryRows(tx, async () => {
    const rows = await tx
      .update(personVulnerabilities)
      .set({ personId: toId })
      .where(and(inArray(personVulnerabilities.id, [...ids]), eq(personVulnerabilities.personId, fromId)))
      .returning({ id: personVulnerabilities.id });
    return rows.length;
  });
}
