import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import type { Role } from "../../platform/authz/roles.ts";
import type { Tx } from "../../platform/db/database.ts";
import { organizations, sessions, userRoles, users } from "../../platform/db/schema.ts";

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  organizationId: string;
  organizationName: string;
  roles: Role[];
  locale: string;
  active: boolean;
  totpEnabled: boolean;
  lastLoginAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface UserFilter {
  /** Every condition holds (a coordinator's own organisation AND the one asked for, say). */
  organizationIds?: string[];
  q?: string;
  role?: Role;
  active?: boolean;
}

const rolesOf = sql<Role[]>`coalesce((select array_agg(${userRoles.role} order by ${userRoles.role})
  from ${userRoles} where ${userRoles.userId} = ${users.id}), '{}')`;

const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  email: users.email,
  organizationId: users.organizationId,
  organizationName: organizations.name,
  roles: rolesOf,
  locale: users.locale,
  active: users.active,
  totpEnabled: users.totpEnabled,
  lastLoginAt: users.lastLoginAt,
  version: users.version,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
};

function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function filterConditions(filter: UserFilter): SQL[] {
  const where: SQL[] = [];
  for (const id of filter.organizationIds ?? []) where.push(eq(users.organizationId, id));
  if (filter.q) {
    const pattern = likePattern(filter.q);
    where.push(
      sql`(lower(${users.username}) like ${pattern} or lower(${users.displayName}) like ${pattern})`,
    );
  }
  if (filter.role) {
    where.push(
      sql`exists (select 1 from ${userRoles} where ${userRoles.userId} = ${users.id} and ${userRoles.role} = ${filter.role})`,
    );
  }
  if (filter.active !== undefined) where.push(eq(users.active, filter.active));
  return where;
}

/** One page in (lower(username), id) order, fetching `limit + 1` rows so the caller knows if more follow. */
export async function listUsers(
  tx: Tx,
  filter: UserFilter,
  after: readonly [string, string] | null,
  limit: number,
): Promise<UserRow[]> {
  const where = filterConditions(filter);
  if (after) where.push(sql`(lower(${users.username}), ${users.id}) > (${after[0]}, ${after[1]}::uuid)`);
  return tx
    .select(userColumns)
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(and(...where))
    .orderBy(sql`lower(${users.username})`, asc(users.id))
    .limit(limit + 1);
}

export async function findUserById(tx: Tx, id: string): Promise<UserRow | null> {
  const [row] = await tx
    .select(userColumns)
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.id, id));
  return row ?? null;
}

export async function usernameTaken(tx: Tx, username: string): Promise<boolean> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`);
  return rows.length > 0;
}

export async function userIdTaken(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx.select({ id: users.id }).from(users).where(eq(users.id, id));
  return rows.length > 0;
}

export async function organizationExists(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, id));
  return rows.length > 0;
}

export interface NewUser {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  organizationId: string;
  locale: string;
  passwordHash: string;
}

export async function insertUser(tx: Tx, user: NewUser): Promise<void> {
  await tx.insert(users).values({ ...user, passwordChangedAt: new Date() });
}

/** The user's roles become exactly `roles`, all held in the user's organisation. */
export async function replaceUserRoles(
  tx: Tx,
  userId: string,
  organizationId: string,
  roles: readonly Role[],
): Promise<void> {
  await tx.delete(userRoles).where(eq(userRoles.userId, userId));
  if (roles.length > 0) {
    await tx.insert(userRoles).values(roles.map((role) => ({ userId, organizationId, role })));
  }
}

export interface UserChanges {
  displayName?: string;
  email?: string | null;
  organizationId?: string;
  active?: boolean;
  locale?: string;
}

/** Applies the change only on the expected version; false when someone else changed it first. */
export async function updateUser(
  tx: Tx,
  id: string,
  expectedVersion: number,
  changes: UserChanges,
): Promise<boolean> {
  const rows = await tx
    .update(users)
    .set({ ...changes, updatedAt: new Date(), version: sql`${users.version} + 1` })
    .where(and(eq(users.id, id), eq(users.version, expectedVersion)))
    .returning({ id: users.id });
  return rows.length > 0;
}

export async function clearUserTotp(tx: Tx, id: string): Promise<void> {
  await tx
    .update(users)
    .set({
      totpSecretEnc: null,
      totpEnabled: false,
      totpLastStep: null,
      updatedAt: new Date(),
      version: sql`${users.version} + 1`,
    })
    .where(eq(users.id, id));
}

/** A new password also lifts a lock-out: the administrator has just vouched for the user. */
export async function setUserPassword(tx: Tx, id: string, passwordHash: string): Promise<void> {
  await tx
    .update(users)
    .set({
      passwordHash,
      passwordChangedAt: new Date(),
      failedAttempts: 0,
      lockedUntil: null,
      updatedAt: new Date(),
      version: sql`${users.version} + 1`,
    })
    .where(eq(users.id, id));
}

/** Signs the user out everywhere. */
export async function deleteSessionsOfUser(tx: Tx, userId: string): Promise<number> {
  const rows = await tx
    .delete(sessions)
    .where(eq(sessions.userId, userId))
    .returning({ id: sessions.idHash });
  return rows.length;
}
