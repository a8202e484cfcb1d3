import { type HouseholdMemberAdd, isReferenceInput } from "@approdo/contracts";
import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import { assertPeopleVisible } from "../../people/index.ts";
import {
  bumpHousehold,
  type CurrentMembership,
  closeMembership,
  findCurrentMemberships,
  findHousehold,
  type HouseholdRow,
  hasCurrentReference,
} from "../households.repository.ts";
import { todayInItaly } from "../households.rules.ts";
import {
  checkJoinedOn,
  checkVersion,
  insertMembersExplained,
  invalidField,
  personInOtherHousehold,
} from "./check-membership.ts";

/** Closes the person's membership of their current household on the day they join the new one. */
async function moveOut(ctx: TxContext, current: CurrentMembership, joinedOn: string, toHouseholdId: string) {
  if (joinedOn < current.joinedOn) {
    throw invalidField(
      "body.joinedOn",
      "The person cannot join before the day they joined their current household",
      "date_order",
    );
  }
  // Lock the household being left too, so its own membership changes wait for this one.
  await findHousehold(ctx.tx, current.householdId, true);
  await closeMembership(ctx.tx, current.id, joinedOn, "moved");
  await bumpHousehold(ctx.tx, current.householdId, null);
  ctx.audit({
    action: "household.member_left",
    entityType: "household",
    entityId: current.householdId,
    organizationId: current.organizationId,
    details: { memberId: current.id, reason: "moved", toHouseholdId, referenceLeft: current.isReference },
  });
}

/**
 * Adds a person to a household the caller loaded with a lock; returns the membership id. A person
 * living in another household is moved only when the client says so (`moveFromCurrent`), and the
 * old membership is closed, not deleted: the history stays.
 */
export async function addMember(
  ctx: TxContext,
  household: HouseholdRow,
  input: HouseholdMemberAdd,
): Promise<string> {
  checkVersion(household, input.version);
  const today = todayInItaly();
  const joinedOn = input.joinedOn ?? today;
  checkJoinedOn(joinedOn, today, "body.joinedOn");
  await assertPeopleVisible(ctx.tx, [input.personId]);
  const isReference = isReferenceInput(input);
  const current = (await findCurrentMemberships(ctx.tx, [input.personId])).get(input.personId);
  if (current?.householdId === household.id) {
    throw new AppError("ALREADY_EXISTS", "The person is already a current member of this household", {
      personId: input.personId,
      memberId: current.id,
    });
  }
  if (isReference && (await hasCurrentReference(ctx.tx, household.id))) {
    throw new AppError(
      "ALREADY_EXISTS",
      "The household already has a reference person; change it with POST …/reference",
      {
        issues: [
          { path: "body.isReference", message: "already has a reference person", code: "reference_taken" },
        ],
      },
    );
  }
  if (current && !input.moveFromCurrent) throw personInOtherHousehold(input.personId, current.householdId);
  if (current) await moveOut(ctx, current, joinedOn, household.id);
  const memberId = newId();
  await insertMembersExplained(ctx, [
    {
      id: memberId,
      householdId: household.id,
      personId: input.personId,
      relation: input.relation,
      isReference,
      joinedOn,
      createdBy: ctx.actor.userId,
    },
  ]);
  await bumpHousehold(ctx.tx, household.id, household.version);
  ctx.audit({
    action: "household.member_added",
    entityType: "household",
    entityId: household.id,
    organizationId: household.organizationId,
    details: {
      memberId,
      personId: input.personId,
      isReference,
      movedFromHouseholdId: current?.householdId ?? null,
    },
  });
  return memberId;
}
