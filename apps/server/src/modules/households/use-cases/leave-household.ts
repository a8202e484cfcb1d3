import type { HouseholdMemberLeave } from "@approdo/contracts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import {
  bumpHousehold,
  closeMembership,
  findMembers,
  type HouseholdRow,
  type MemberRow,
  setReferenceMember,
} from "../households.repository.ts";
import { leavingDateProblem, todayInItaly } from "../households.rules.ts";
import { checkVersion, invalidField } from "./check-membership.ts";

/** The current member who takes over as reference person, when the reference person leaves. */
async function successor(ctx: TxContext, household: HouseholdRow, leaving: MemberRow, personId: string) {
  if (!leaving.isReference) {
    throw invalidField("body.newReferencePersonId", "Only when the reference person leaves", "not_reference");
  }
  const members = await findMembers(ctx.tx, household.id);
  const next = members.find((m) => m.personId === personId && m.leftOn === null && m.id !== leaving.id);
  if (!next) {
    const message = "The new reference person must be another current member of the household";
    throw new AppError("UNPROCESSABLE", message, {
      issues: [{ path: "body.newReferencePersonId", message, code: "not_a_member" }],
    });
  }
  return next;
}

/**
 * Ends a membership (the row stays as history). When the reference person leaves, another
 * current member may take over in the same change; otherwise the household has no reference
 * person until one is marked.
 */
export async function leaveHousehold(
  ctx: TxContext,
  household: HouseholdRow,
  member: MemberRow,
  input: HouseholdMemberLeave,
): Promise<void> {
  checkVersion(household, input.version);
  if (member.leftOn !== null) {
    throw new AppError("UNPROCESSABLE", "The person already left this household", { memberId: member.id });
  }
  const problem = leavingDateProblem(member.joinedOn, input.leftOn, todayInItaly());
  if (problem) throw invalidField("body.leftOn", problem, "date_order");
  const next = input.newReferencePersonId
    ? await successor(ctx, household, member, input.newReferencePersonId)
    : null;
  await closeMembership(ctx.tx, member.id, input.leftOn, input.reason ?? null);
  if (next) await setReferenceMember(ctx.tx, household.id, next.id);
  await bumpHousehold(ctx.tx, household.id, household.version);
  ctx.audit({
    action: "household.member_left",
    entityType: "household",
    entityId: household.id,
    organizationId: household.organizationId,
    details: {
      memberId: member.id,
      personId: member.personId,
      reason: input.reason ?? null,
      referenceLeft: member.isReference,
      newReferenceMemberId: next?.id ?? null,
    },
  });
}
