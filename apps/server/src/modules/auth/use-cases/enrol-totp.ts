import type { AppConfig } from "../../../config.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import { decryptSecret, encryptSecret } from "../../../platform/security/secrets.ts";
import { generateTotpSecret, otpauthUrl, verifyTotp } from "../../../platform/security/totp.ts";
import { findLoginUserById, saveTotpStep, setTotpSecret } from "../auth.repository.ts";

/** Starts (or restarts) enrolment: a new secret is stored, not yet enabled, until a code confirms it. */
export async function startTotpEnrolment(ctx: TxContext, config: AppConfig, userId: string) {
  const user = await findLoginUserById(ctx.tx, userId);
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in again");
  if (user.totpEnabled)
    throw new AppError(
      "UNPROCESSABLE",
      "Two-factor sign-in is already active; an administrator can reset it",
    );
  const secret = generateTotpSecret();
  await setTotpSecret(ctx.tx, userId, encryptSecret(config.secretKey, secret), false);
  ctx.audit({ action: "auth.totp_enrolment_started", entityType: "user", entityId: userId });
  return { secret, otpauthUrl: otpauthUrl(secret, user.username) };
}

export async function confirmTotpEnrolment(
  ctx: TxContext,
  config: AppConfig,
  userId: string,
  code: string,
): Promise<void> {
  const user = await findLoginUserById(ctx.tx, userId);
  if (!user?.totpSecretEnc || user.totpEnabled) {
    throw new AppError("UNPROCESSABLE", "Start the two-factor enrolment first");
  }
  const secret = decryptSecret(config.secretKey, user.totpSecretEnc);
  const step = verifyTotp(secret, code, Date.now(), null);
  if (step === null)
    throw new AppError("TOTP_INVALID", "The code is wrong: check the clock of your phone and try again");
  await setTotpSecret(ctx.tx, userId, user.totpSecretEnc, true);
  await saveTotpStep(ctx.tx, userId, step);
  ctx.audit({ action: "auth.totp_enabled", entityType: "user", entityId: userId });
}
