import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import { hashPassword } from "../../../platform/security/passwords.ts";
import { passwordProblem } from "../users.policy.ts";
import {
  deleteSessionsOfUser,
  findUserById,
  setUserPassword as saveUserPassword,
  type UserRow,
} from "../users.repository.ts";

/**
 * An administrator sets a temporary password, given to the user out of band. It lifts a lock-out
 * and ends the user's open sessions, so whoever knew the old password is signed out.
 */
export async function setUserPassword(ctx: TxContext, user: UserRow, newPassword: string): Promise<UserRow> {
  const problem = passwordProblem(user.username, newPassword);
  if (problem) throw new AppError("PASSWORD_POLICY", problem);
  await saveUserPassword(ctx.tx, user.id, await hashPassword(newPassword));
  const sessionsEnded = await deleteSessionsOfUser(ctx.tx, user.id);
  ctx.audit({
    action: "user.password_set",
    entityType: "user",
    entityId: user.id,
    organizationId: user.organizationId,
    details: { sessionsEnded },
  });
  const updated = await findUserById(ctx.tx, user.id);
  if (!updated) throw new Error("the user just changed cannot be read back");
  return updated;
}
