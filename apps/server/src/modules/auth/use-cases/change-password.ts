import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import { hashPassword, verifyPassword } from "../../../platform/security/passwords.ts";
import { deleteUserSessions, findLoginUserById, setPasswordHash } from "../auth.repository.ts";

/** The user's own password change: the current one is required, other sessions are signed out. */
export async function changePassword(
  ctx: TxContext,
  userId: string,
  currentSessionHash: string | undefined,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const user = await findLoginUserById(ctx.tx, userId);
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError("VALIDATION_FAILED", "The current password is wrong", {
      issues: [{ path: "body.currentPassword", message: "wrong password", code: "wrong_password" }],
    });
  }
  if (currentPassword === newPassword) {
    throw new AppError("PASSWORD_POLICY", "The new password must differ from the current one");
  }
  if (newPassword.toLowerCase().includes(user.username.toLowerCase())) {
    throw new AppError("PASSWORD_POLICY", "The password must not contain the username");
  }
  await setPasswordHash(ctx.tx, userId, await hashPassword(newPassword));
  await deleteUserSessions(ctx.tx, userId, currentSessionHash);
  ctx.audit({ action: "auth.password_changed", entityType: "user", entityId: userId });
}
