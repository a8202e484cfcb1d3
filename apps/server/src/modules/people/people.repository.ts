import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import {
  householdMembers,
  households,
  people,
  personLanguages,
  personNames,
} from "../../platform/db/schema.ts";

export type PersonRow = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert & { id: string };
export type PersonNameRow = typeof personNames.$inferSelect;
export type NewPersonName = typeof personNames.$inferInsert & { id: string };
export type PersonLanguageRow = typeof personLanguages.$inferSelect;

/** Rows per multi-row INSERT: ~26 parameters a person stays well below PostgreSQL's 65,535. */
const INSERT_BATCH = 500;

async function insertInBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += INSERT_BATCH) await insert(rows.slice(i, i + INSERT_BATCH));
}

export async function insertPeople(
  tx: Tx,
  rows: {
    people: readonly NewPerson[];
    names: readonly NewPersonName[];
    languages: readonly PersonLanguageRow[];
  },
): Promise<void> {
  await insertInBatches(rows.people, (b) => tx.insert(people).values(b));
  await insertInBatches(rows.names, (b) => tx.insert(personNames).values(b));
  await insertInBatches(rows.languages, (b) => tx.insert(personLanguages).values(b));
}

/** With `lock`, the row stays locked until commit so a concurrent write waits for this one. */
export async function findPerson(tx: Tx, id: string, lock = false): Promise<PersonRow | null> {
  const query = tx.select().from(people).where(eq(people.id, id));
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

export async function findPeople(tx: Tx, ids: readonly string[]): Promise<PersonRow[]> {
  if (ids.length === 0) return [];
  return tx
    .select()
    .from(people)
    .where(inArray(people.id, [...ids]));
}

/** The ids among `ids` the caller may see and that were not merged into another record (one query). */
export async function findVisiblePersonIds(tx: Tx, ids: readonly string[]): Promise<Set<string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Set();
  const rows = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(inArray(people.id, wanted), isNull(people.mergedIntoId)));
  return new Set(rows.map((r) => r.id));
}

export type PersonChanges = Partial<Omit<NewPerson, "id" | "organizationId" | "createdBy" | "createdAt">>;

/** Applies the changes if the row still has `expectedVersion`; bumps version and updated_at. */
export async function updatePersonRow(
  tx: Tx,
  id: string,
  expectedVersion: number,
  changes: PersonChanges,
): Promise<boolean> {
  const rows = await tx
    .update(people)
    .set({ ...changes, updatedAt: new Date(), version: sql`${people.version} + 1` })
    .where(and(eq(people.id, id), eq(people.version, expectedVersion)))
    .returning({ id: people.id });
  return rows.length === 1;
}

/** Derived columns (the name index, a merge mark) change without a new version: no client edited them. */
export async function setPersonDerived(
  tx: Tx,
  id: string,
  values: Pick<PersonChanges, "searchText" | "nameSkeleton" | "nameKeys" | "mergedIntoId">,
): Promise<void> {
  await tx
    .update(people)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(people.id, id));
}

/** Other spellings of the given people, oldest first (one query for any number of people). */
export async function findNames(tx: Tx, personIds: readonly string[]): Promise<PersonNameRow[]> {
  if (personIds.length === 0) return [];
  return tx
    .select()
    .from(personNames)
    .where(inArray(personNames.personId, [...personIds]))
    .orderBy(asc(personNames.createdAt), asc(personNames.id));
}

export async function insertNames(tx: Tx, rows: readonly NewPersonName[]): Promise<void> {
  if (rows.length > 0) await tx.insert(personNames).values([...rows]);
}

export async function findLanguages(tx: Tx, personId: string): Promise<PersonLanguageRow[]> {
  return tx
    .select()
    .from(personLanguages)
    .where(eq(personLanguages.personId, personId))
    .orderBy(sql`${personLanguages.isPrimary} desc`, asc(personLanguages.language));
}

export async function replaceLanguages(
  tx: Tx,
  personId: string,
  rows: readonly PersonLanguageRow[],
): Promise<void> {
  await tx.delete(personLanguages).where(eq(personLanguages.personId, personId));
  if (rows.length > 0) await tx.insert(personLanguages).values([...rows]);
}

export interface CurrentHousehold {
  id: string;
  label: string;
  relation: string;
  isReference: boolean;
}

/**
 * The household the person currently lives in, for the person's page. A read-only look at the
 * households module's tables (which owns every write to them); null when none or not visible.
 */
export async function findCurrentHousehold(tx: Tx, personId: string): Promise<CurrentHousehold | null> {
  const [row] = await tx
    .select({
      id: households.id,
      label: households.label,
      relation: householdMembers.relation,
      isReference: householdMembers.isReference,
    })
    .from(householdMembers)
    .innerJoin(households, eq(households.id, householdMembers.householdId))
    .where(and(eq(householdMembers.personId, personId), isNull(householdMembers.leftOn)))
    .limit(1);
  return row ?? null;
}
