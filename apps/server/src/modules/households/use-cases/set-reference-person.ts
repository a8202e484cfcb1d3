import type { HouseholdReference } from "@approdo/contracts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import {
  bumpHousehold,
  findMembers,
  type HouseholdRow,
  setReferenceMember,
} from "../households.repository.ts";
import { checkVersion } from "./check-membership.ts";

/**
 * Marks a current member as the household's reference person; the previous one keeps their
 * membership and relation but loses the flag, so there is exactly one current reference person.
 * Marking the person who already is the reference changes nothing.
 */
export async function setReferencePerson(
  ctx: TxContext,
  household: HouseholdRow,
  input: HouseholdReference,
): Promise<void> {
  checkVersion(household, input.version);
  const members = await findMembers(ctx.tx, household.id);
  const next = members.find((m) => m.personId === input.personId && m.leftOn === null);
  if (!next) {
    const message = "The reference person must be a current member of the household";
    throw new AppError("UNPROCESSABLE", message, {
      issues: [{ path: "body.personId", message, code: "not_a_member" }],
    });
  }
  if (next.isReference) return;
  const previous = members.find((m) => m.isReference && m.leftOn === null);
  await setReferenceMember(ctx.tx, household.id, next.id);
  await bumpHousehold(ctx.tx, household.id, household.version);
  ctx.audit({
    action: "household.reference_changed",
    entityType: "household",
    entityId: household.id,
    organizationId: household.organizationId,
    details: { memberId: next.id, personId: next.personId, previousMemberId: previous?.id ?? null },
  });
}
