import { and, asc, desc, eq, inArray, isNull, ne, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import { householdMembers, households, people } from "../../platform/db/schema.ts";

/** `%`, `_` and `\` typed by a user are literal characters, not LIKE wildcards. */
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, "\\$&");
}

const sortLabel = sql<string>`lower(${households.label})`;
// Written out in full: inside a one-table select Drizzle leaves column names unqualified.
const currentMemberCount = sql<number>`(select count(*)::int from household_members m where m.household_id = households.id and m.left_on is null)`;

const columns = {
  id: households.id,
  organizationId: households.organizationId,
  label: households.label,
  version: households.version,
  createdAt: households.createdAt,
  updatedAt: households.updatedAt,
  currentMemberCount,
  sortLabel,
};

export interface HouseholdRow {
  id: string;
  organizationId: string;
  label: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  currentMemberCount: number;
  sortLabel: string;
}

/** Keyset on (lower(label), id) within one organisation. */
export async function listHouseholds(
  tx: Tx,
  options: {
    organizationId: string;
    q?: string | undefined;
    after: readonly [string, string] | null;
    limit: number;
  },
): Promise<HouseholdRow[]> {
  const where: SQL[] = [eq(households.organizationId, options.organizationId)];
  if (options.q) where.push(sql`${sortLabel} like ${`%${escapeLike(options.q.toLowerCase())}%`}`);
  if (options.after) {
    const [label, id] = options.after;
    where.push(sql`(${sortLabel}, ${households.id}) > (${label}, ${id}::uuid)`);
  }
  return tx
    .select(columns)
    .from(households)
    .where(and(...where))
    .orderBy(sortLabel, asc(households.id))
    .limit(options.limit + 1);
}

/** With `lock`, the household row stays locked until commit: membership changes queue behind each other. */
export async function findHousehold(tx: Tx, id: string, lock = false): Promise<HouseholdRow | null> {
  const query = tx.select(columns).from(households).where(eq(households.id, id));
  const [row] = lock ? await query.for("update", { of: households }) : await query;
  return row ?? null;
}

export interface MemberRow {
  id: string;
  householdId: string;
  personId: string;
  relation: string;
  isReference: boolean;
  joinedOn: string;
  leftOn: string | null;
  leftReason: string | null;
  /** null when the person is not visible to the caller (row-level security). */
  person: {
    givenName: string;
    familyName: string;
    sex: string;
    birthDate: string | null;
    birthYear: number | null;
    citizenship: string | null;
  } | null;
}

/** Every membership of a household, current and past, with what the page shows of each person. */
export async function findMembers(tx: Tx, householdId: string): Promise<MemberRow[]> {
  const rows = await tx
    .select({
      id: householdMembers.id,
      householdId: householdMembers.householdId,
      personId: householdMembers.personId,
      relation: householdMembers.relation,
      isReference: householdMembers.isReference,
      joinedOn: householdMembers.joinedOn,
      leftOn: householdMembers.leftOn,
      leftReason: householdMembers.leftReason,
      visible: people.id,
      givenName: people.givenName,
      familyName: people.familyName,
      sex: people.sex,
      birthDate: people.birthDate,
      birthYear: people.birthYear,
      citizenship: people.citizenship,
    })
    .from(householdMembers)
    .leftJoin(people, eq(people.id, householdMembers.personId))
    .where(eq(householdMembers.householdId, householdId))
    .orderBy(desc(householdMembers.isReference), asc(householdMembers.joinedOn), asc(householdMembers.id));
  return rows.map(({ visible, givenName, familyName, sex, birthDate, birthYear, citizenship, ...m }) => ({
    ...m,
    person:
      visible === null || givenName === null || familyName === null || sex === null
        ? null
        : { givenName, familyName, sex, birthDate, birthYear, citizenship },
  }));
}

export async function findMember(tx: Tx, householdId: string, memberId: string): Promise<MemberRow | null> {
  const rows = await findMembers(tx, householdId);
  return rows.find((m) => m.id === memberId) ?? null;
}

export interface CurrentMembership {
  id: string;
  householdId: string;
  organizationId: string;
  isReference: boolean;
  joinedOn: string;
}

/** The current memberships of these people (at most one each), in households the caller can see. */
export async function findCurrentMemberships(
  tx: Tx,
  personIds: readonly string[],
): Promise<Map<string, CurrentMembership>> {
  if (personIds.length === 0) return new Map();
  const rows = await tx
    .select({
      id: householdMembers.id,
      personId: householdMembers.personId,
      householdId: householdMembers.householdId,
      organizationId: households.organizationId,
      isReference: householdMembers.isReference,
      joinedOn: householdMembers.joinedOn,
    })
    .from(householdMembers)
    .innerJoin(households, eq(households.id, householdMembers.householdId))
    .where(and(inArray(householdMembers.personId, [...personIds]), isNull(householdMembers.leftOn)));
  return new Map(rows.map(({ personId, ...m }) => [personId, m]));
}

export async function insertHousehold(
  tx: Tx,
  values: { id: string; organizationId: string; label: string; createdBy: string | null },
): Promise<void> {
  await tx.insert(households).values(values);
}

export interface NewMember {
  id: string;
  householdId: string;
  personId: string;
  relation: string;
  isReference: boolean;
  joinedOn: string;
  createdBy: string | null;
}

export async function insertMembers(tx: Tx, rows: readonly NewMember[]): Promise<void> {
  if (rows.length > 0) await tx.insert(householdMembers).values([...rows]);
}

/** Ends a current membership; false when it was no longer current. */
export async function closeMembership(
  tx: Tx,
  memberId: string,
  leftOn: string,
  reason: string | null,
): Promise<boolean> {
  const rows = await tx
    .update(householdMembers)
    .set({ leftOn, leftReason: reason, isReference: false })
    .where(and(eq(householdMembers.id, memberId), isNull(householdMembers.leftOn)))
    .returning({ id: householdMembers.id });
  return rows.length === 1;
}

/**
 * Makes `memberId` the only current reference person of the household. The old flag is cleared
 * first: the partial unique index allows one current reference per household at any moment.
 */
export async function setReferenceMember(tx: Tx, householdId: string, memberId: string): Promise<void> {
  await tx
    .update(householdMembers)
    .set({ isReference: false })
    .where(
      and(
        eq(householdMembers.householdId, householdId),
        eq(householdMembers.isReference, true),
        ne(householdMembers.id, memberId),
      ),
    );
  await tx.update(householdMembers).set({ isReference: true }).where(eq(householdMembers.id, memberId));
}

/** Bumps version and updated_at when the row still has `expectedVersion` (any when null). */
export async function bumpHousehold(
  tx: Tx,
  id: string,
  expectedVersion: number | null,
  changes: { label?: string } = {},
): Promise<boolean> {
  const where = [eq(households.id, id)];
  if (expectedVersion !== null) where.push(eq(households.version, expectedVersion));
  const rows = await tx
    .update(households)
    .set({ ...changes, updatedAt: new Date(), version: sql`${households.version} + 1` })
    .where(and(...where))
    .returning({ id: households.id });
  return rows.length === 1;
}

export interface PersonMembershipRow {
  id: string;
  householdId: string;
  isReference: boolean;
  joinedOn: string;
  leftOn: string | null;
}

/** Every membership row of one person, current and past, in households the caller can see. */
export async function findMembershipsOfPerson(tx: Tx, personId: string): Promise<PersonMembershipRow[]> {
  return tx
    .select({
      id: householdMembers.id,
      householdId: householdMembers.householdId,
      isReference: householdMembers.isReference,
      joinedOn: householdMembers.joinedOn,
      leftOn: householdMembers.leftOn,
    })
    .from(householdMembers)
    .where(eq(householdMembers.personId, personId))
    .orderBy(asc(householdMembers.id));
}

/** Re-points these membership rows from one person to another; returns the households touched. */
export async function repointMemberships(
  tx: Tx,
  ids: readonly string[],
  fromPersonId: string,
  toPersonId: string,
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .update(householdMembers)
    .set({ personId: toPersonId })
    .where(and(inArray(householdMembers.id, [...ids]), eq(householdMembers.personId, fromPersonId)))
    .returning({ householdId: householdMembers.householdId });
  return [...new Set(rows.map((r) => r.householdId))];
}

/** Makes a closed membership current again (undo of a merge). */
export async function reopenMembership(
  tx: Tx,
  memberId: string,
  isReference: boolean,
): Promise<string | null> {
  const [row] = await tx
    .update(householdMembers)
    .set({ leftOn: null, leftReason: null, isReference })
    .where(eq(householdMembers.id, memberId))
    .returning({ householdId: householdMembers.householdId });
  return row?.householdId ?? null;
}

export async function clearReferenceFlag(tx: Tx, memberId: string): Promise<void> {
  await tx.update(householdMembers).set({ isReference: false }).where(eq(householdMembers.id, memberId));
}

/** Whether the household has a current reference person. */
export async function hasCurrentReference(tx: Tx, householdId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: householdMembers.id })
    .from(householdMembers)
    .where(
      and(
        eq(householdMembers.householdId, householdId),
        eq(householdMembers.isReference, true),
        isNull(householdMembers.leftOn),
      ),
    )
    .limit(1);
  return rows.length > 0;
}
