import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError, notFound } from "../../../platform/errors/app-error.ts";
import type { LoadedCase } from "../access.ts";
import { canManageTeam } from "../cases.policy.ts";
import { endSeat, findSeat } from "../cases.repository.ts";

/** Ends a seat on the team; the row stays as history (removed_at, removed_by). */
export async function removeTeamMember(ctx: TxContext, loaded: LoadedCase, seatId: string): Promise<void> {
  const { tx, actor } = ctx;
  const kase = loaded.row;
  if (!canManageTeam(actor, loaded.case, loaded)) throw notFound("case");
  const seat = await findSeat(tx, kase.id, seatId);
  if (!seat) throw notFound("team member");
  if (seat.removedAt !== null) throw new AppError("ALREADY_EXISTS", "This member already left the team");
  if (seat.teamRole === "case_manager" && seat.userId === kase.caseManagerId) {
    throw new AppError("UNPROCESSABLE", "Name another case manager before removing this one", {
      reason: "case_manager",
    });
  }
  await endSeat(tx, seat.id, actor.userId);
  ctx.audit({
    action: "case.team_member_removed",
    entityType: "case",
    entityId: kase.id,
    organizationId: kase.organizationId,
    details: { seatId: seat.id, userId: seat.userId },
  });
}
