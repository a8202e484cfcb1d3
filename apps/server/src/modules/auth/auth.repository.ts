import { and, eq, gt, isNull, or, sql } from "drizzle-orm";
import type { Role } from "../../platform/authz/roles.ts";
import type { Tx } from "../../platform/db/database.ts";
import { apiTokens, organizations, sessions, userRoles, users } from "../../platform/db/schema.ts";

export interface LoginUser {
  id: string;
  organizationId: string;
  username: string;
  passwordHash: string | null;
  totpEnabled: boolean;
  totpSecretEnc: string | null;
  totpLastStep: number | null;
  failedAttempts: number;
  lockedUntil: Date | null;
  active: boolean;
}

const loginColumns = {
  id: users.id,
  organizationId: users.organizationId,
  username: users.username,
  passwordHash: users.passwordHash,
  totpEnabled: users.totpEnabled,
  totpSecretEnc: users.totpSecretEnc,
  totpLastStep: users.totpLastStep,
  failedAttempts: users.failedAttempts,
  lockedUntil: users.lockedUntil,
  active: users.active,
};

/** With `lock`, the row stays locked until the transaction ends, so concurrent failures all count. */
export async function findLoginUser(tx: Tx, username: string, lock = false): Promise<LoginUser | null> {
  const query = tx.select(loginColumns).from(users).where(sql`lower(${users.username}) = lower(${username})`);
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

export async function findLoginUserById(tx: Tx, id: string): Promise<LoginUser | null> {
  const [row] = await tx
    .select({
      id: users.id,
      organizationId: users.organizationId,
      username: users.username,
      passwordHash: users.passwordHash,
      totpEnabled: users.totpEnabled,
      totpSecretEnc: users.totpSecretEnc,
      totpLastStep: users.totpLastStep,
      failedAttempts: users.failedAttempts,
      lockedUntil: users.lockedUntil,
      active: users.active,
    })
    .from(users)
    .where(eq(users.id, id));
  return row ?? null;
}

export async function recordFailedAttempt(
  tx: Tx,
  userId: string,
  failedAttempts: number,
  lockedUntil: Date | null,
) {
  await tx.update(users).set({ failedAttempts, lockedUntil }).where(eq(users.id, userId));
}

export async function recordSuccessfulLogin(tx: Tx, userId: string) {
  await tx
    .update(users)
    .set({ failedAttempts: 0, lockedUntil: null, lastLoginAt: new Date() })
    .where(eq(users.id, userId));
}

export async function saveTotpStep(tx: Tx, userId: string, step: number) {
  await tx
    .update(users)
    .set({ totpLastStep: step, failedAttempts: 0, lockedUntil: null })
    .where(eq(users.id, userId));
}

export async function setTotpSecret(tx: Tx, userId: string, secretEnc: string | null, enabled: boolean) {
  await tx
    .update(users)
    .set({
      totpSecretEnc: secretEnc,
      totpEnabled: enabled,
      totpLastStep: null,
      updatedAt: new Date(),
      version: sql`${users.version} + 1`,
    })
    .where(eq(users.id, userId));
}

export async function setPasswordHash(tx: Tx, userId: string, passwordHash: string) {
  await tx
    .update(users)
    .set({
      passwordHash,
      passwordChangedAt: new Date(),
      updatedAt: new Date(),
      version: sql`${users.version} + 1`,
    })
    .where(eq(users.id, userId));
}

export interface NewSession {
  idHash: string;
  userId: string;
  csrfToken: string;
  pendingTotp: boolean;
  expiresAt: Date;
  ip: string | null;
}

export async function insertSession(tx: Tx, session: NewSession) {
  await tx.insert(sessions).values(session);
}

export async function deleteSession(tx: Tx, idHash: string) {
  await tx.delete(sessions).where(eq(sessions.idHash, idHash));
}

export async function deleteUserSessions(tx: Tx, userId: string, exceptIdHash?: string) {
  await tx
    .delete(sessions)
    .where(
      exceptIdHash
        ? and(eq(sessions.userId, userId), sql`${sessions.idHash} <> ${exceptIdHash}`)
        : eq(sessions.userId, userId),
    );
}

export async function touchSession(tx: Tx, idHash: string, at: Date) {
  await tx.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.idHash, idHash));
}

export async function deleteExpiredSessions(tx: Tx, now: Date, idleCutoff: Date): Promise<number> {
  const rows = await tx
    .delete(sessions)
    .where(
      or(
        sql`${sessions.expiresAt} < ${now.toISOString()}::timestamptz`,
        sql`${sessions.lastSeenAt} < ${idleCutoff.toISOString()}::timestamptz`,
      ),
    )
    .returning({ id: sessions.idHash });
  return rows.length;
}

export interface SessionPrincipal {
  idHash: string;
  csrfToken: string;
  pendingTotp: boolean;
  expiresAt: Date;
  lastSeenAt: Date;
  userId: string;
  username: string;
  displayName: string;
  email: string | null;
  locale: string;
  totpEnabled: boolean;
  active: boolean;
  organizationId: string;
  organizationName: string;
  organizationType: string;
  roles: Role[];
}

const rolesAgg = sql<
  Role[]
>`coalesce((select array_agg(${userRoles.role} order by ${userRoles.role}) from ${userRoles} where ${userRoles.userId} = ${users.id}), '{}')`;

/** One query: the session with its user, organisation and roles. */
export async function findSessionPrincipal(tx: Tx, idHash: string): Promise<SessionPrincipal | null> {
  const [row] = await tx
    .select({
      idHash: sessions.idHash,
      csrfToken: sessions.csrfToken,
      pendingTotp: sessions.pendingTotp,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      email: users.email,
      locale: users.locale,
      totpEnabled: users.totpEnabled,
      active: users.active,
      organizationId: organizations.id,
      organizationName: organizations.name,
      organizationType: organizations.type,
      roles: rolesAgg,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(sessions.idHash, idHash));
  return row ?? null;
}

export async function findUserPrincipal(tx: Tx, userId: string) {
  const [row] = await tx
    .select({
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      email: users.email,
      locale: users.locale,
      totpEnabled: users.totpEnabled,
      organizationId: organizations.id,
      organizationName: organizations.name,
      organizationType: organizations.type,
      roles: rolesAgg,
    })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.id, userId));
  return row ?? null;
}

export async function findApiToken(tx: Tx, tokenHash: string, now: Date) {
  const [row] = await tx
    .select({
      id: apiTokens.id,
      organizationId: apiTokens.organizationId,
      role: apiTokens.role,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .where(
      and(
        eq(apiTokens.tokenHash, tokenHash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, sql`${now.toISOString()}::timestamptz`)),
      ),
    );
  return row ?? null;
}

export async function touchApiToken(tx: Tx, id: string, at: Date) {
  await tx.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}
