import type { TxContext } from "../../../platform/db/transaction.ts";
import { clearUserTotp, deleteSessionsOfUser, findUserById, type UserRow } from "../users.repository.ts";

/**
 * For a lost or replaced phone: the TOTP secret is deleted, so the user enrols again at the next
 * sign-in, and every open session ends (a session opened with the old factor must not survive it).
 */
export async function resetUserTotp(ctx: TxContext, user: UserRow): Promise<UserRow> {
  await clearUserTotp(ctx.tx, user.id);
  const sessionsEnded = await deleteSessionsOfUser(ctx.tx, user.id);
  ctx.audit({
    action: "user.totp_reset",
    entityType: "user",
    entityId: user.id,
    organizationId: user.organizationId,
    details: { wasEnabled: user.totpEnabled, sessionsEnded },
  });
  const updated = await findUserById(ctx.tx, user.id);
  if (!updated) throw new Error("the user just reset cannot be read back");
  return updated;
}
