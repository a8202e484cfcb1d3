import type { AppConfig } from "../../../config.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import { findLoginUser, recordFailedAttempt, recordSuccessfulLogin } from "../auth.repository.ts";
import { lockedFor, lockSecondsAfter } from "../lockout.policy.ts";
import { type IssuedSession, issueSession } from "../sessions.ts";
import type { PasswordVerdict } from "./check-password.ts";

export type PasswordSignIn =
  | { outcome: "signed-in"; session: IssuedSession; userId: string }
  | { outcome: "totp-required"; session: IssuedSession; userId: string }
  | { outcome: "failed"; error: AppError };

/**
 * Records the outcome of a password check made before the transaction (see check-password.ts:
 * argon2 takes tens of milliseconds and must not hold a transaction, let alone PGlite's only
 * session). Failures are counted on the locked user row and committed (returned, not thrown, so
 * the transaction keeps the counter and the audit event); enough of them lock the account.
 */
export async function signInWithPassword(
  ctx: TxContext,
  config: AppConfig,
  username: string,
  verdict: PasswordVerdict,
): Promise<PasswordSignIn> {
  const now = new Date();
  const invalid = new AppError("INVALID_CREDENTIALS", "Wrong username or password");
  const user = await findLoginUser(ctx.tx, username, true);
  if (!user?.passwordHash || !user.active || user.id !== verdict.userId) {
    ctx.audit({
      action: "auth.login_failed",
      entityType: "user",
      organizationId: null,
      details: { reason: "unknown_user" },
    });
    return { outcome: "failed", error: invalid };
  }
  const who = { userId: user.id, organizationId: user.organizationId };
  const locked = lockedFor(user.lockedUntil, now);
  if (locked > 0) {
    ctx.audit({ action: "auth.login_refused_locked", entityType: "user", entityId: user.id, actor: who });
    return { outcome: "failed", error: lockedError(locked) };
  }
  if (!verdict.passwordOk) {
    const failed = user.failedAttempts + 1;
    const lockSeconds = lockSecondsAfter(failed);
    await recordFailedAttempt(
      ctx.tx,
      user.id,
      failed,
      lockSeconds > 0 ? new Date(now.getTime() + lockSeconds * 1000) : null,
    );
    ctx.audit({
      action: "auth.login_failed",
      entityType: "user",
      entityId: user.id,
      actor: who,
      details: { failedAttempts: failed },
    });
    return { outcome: "failed", error: lockSeconds > 0 ? lockedError(lockSeconds) : invalid };
  }
  if (user.totpEnabled) {
    const session = await issueSession(ctx.tx, config, user.id, true, ctx.meta.ip);
    ctx.audit({ action: "auth.password_ok_totp_pending", entityType: "user", entityId: user.id, actor: who });
    return { outcome: "totp-required", session, userId: user.id };
  }
  await recordSuccessfulLogin(ctx.tx, user.id);
  const session = await issueSession(ctx.tx, config, user.id, false, ctx.meta.ip);
  ctx.audit({ action: "auth.login", entityType: "user", entityId: user.id, actor: who });
  return { outcome: "signed-in", session, userId: user.id };
}

export function lockedError(seconds: number): AppError {
  return new AppError("ACCOUNT_LOCKED", `Too many failed attempts: try again in ${seconds} seconds`, {
    retryAfterSeconds: seconds,
  });
}
