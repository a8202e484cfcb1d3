import type { AppConfig } from "../../../config.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import { decryptSecret } from "../../../platform/security/secrets.ts";
import { verifyTotp } from "../../../platform/security/totp.ts";
import {
  deleteSession,
  findLoginUserById,
  recordFailedAttempt,
  recordSuccessfulLogin,
  saveTotpStep,
} from "../auth.repository.ts";
import { lockedFor, lockSecondsAfter } from "../lockout.policy.ts";
import { type IssuedSession, issueSession } from "../sessions.ts";
import { lockedError } from "./sign-in-with-password.ts";

export type TotpSignIn =
  | { outcome: "signed-in"; session: IssuedSession; userId: string }
  | { outcome: "failed"; error: AppError };

/**
 * Second step: the code of the pending session's user. A used time step is stored and refused
 * afterwards (no replay). On success the pending session is replaced by a new one (no fixation).
 */
export async function completeTotpSignIn(
  ctx: TxContext,
  config: AppConfig,
  pending: { idHash: string; userId: string },
  code: string,
): Promise<TotpSignIn> {
  const now = new Date();
  const user = await findLoginUserById(ctx.tx, pending.userId);
  if (!user?.active || !user.totpEnabled || !user.totpSecretEnc) {
    return { outcome: "failed", error: new AppError("UNAUTHENTICATED", "Sign in again") };
  }
  const who = { userId: user.id, organizationId: user.organizationId };
  const locked = lockedFor(user.lockedUntil, now);
  if (locked > 0) return { outcome: "failed", error: lockedError(locked) };
  const step = verifyTotp(
    decryptSecret(config.secretKey, user.totpSecretEnc),
    code,
    now.getTime(),
    user.totpLastStep,
  );
  if (step === null) {
    const failed = user.failedAttempts + 1;
    const lockSeconds = lockSecondsAfter(failed);
    await recordFailedAttempt(
      ctx.tx,
      user.id,
      failed,
      lockSeconds > 0 ? new Date(now.getTime() + lockSeconds * 1000) : null,
    );
    ctx.audit({
      action: "auth.totp_failed",
      entityType: "user",
      entityId: user.id,
      actor: who,
      details: { failedAttempts: failed },
    });
    return {
      outcome: "failed",
      error:
        lockSeconds > 0
          ? lockedError(lockSeconds)
          : new AppError("TOTP_INVALID", "The code is wrong or already used"),
    };
  }
  await saveTotpStep(ctx.tx, user.id, step);
  await recordSuccessfulLogin(ctx.tx, user.id);
  await deleteSession(ctx.tx, pending.idHash);
  const session = await issueSession(ctx.tx, config, user.id, false, ctx.meta.ip);
  ctx.audit({
    action: "auth.login",
    entityType: "user",
    entityId: user.id,
    actor: who,
    details: { secondFactor: "totp" },
  });
  return { outcome: "signed-in", session, userId: user.id };
}
