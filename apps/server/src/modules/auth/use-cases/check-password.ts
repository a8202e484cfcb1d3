import { systemActor } from "../../../platform/authz/actor.ts";
import type { Database } from "../../../platform/db/database.ts";
import { inTransaction, type RequestMeta } from "../../../platform/db/transaction.ts";
import { burnPasswordCheck, verifyPassword } from "../../../platform/security/passwords.ts";
import { findLoginUser } from "../auth.repository.ts";
import { lockedFor } from "../lockout.policy.ts";

export interface PasswordVerdict {
  /** The user the password was checked against; null for an unknown or inactive username. */
  userId: string | null;
  passwordOk: boolean;
}

/**
 * Verifies the password OUTSIDE any transaction: a short read, then argon2id. A locked account is
 * not checked at all (its failure is recorded by signInWithPassword). Unknown usernames spend the
 * same time as known ones.
 */
export async function checkPassword(
  database: Database,
  meta: RequestMeta,
  username: string,
  password: string,
): Promise<PasswordVerdict> {
  const user = await inTransaction(database, systemActor, meta, ({ tx }) => findLoginUser(tx, username));
  if (!user?.passwordHash || !user.active) {
    await burnPasswordCheck(password);
    return { userId: null, passwordOk: false };
  }
  if (lockedFor(user.lockedUntil, new Date()) > 0) return { userId: user.id, passwordOk: false };
  return { userId: user.id, passwordOk: await verifyPassword(user.passwordHash, password) };
}
