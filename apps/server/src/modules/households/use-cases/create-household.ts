import { type HouseholdCreate, isReferenceInput } from "@approdo/contracts";
import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { assertPeopleVisible } from "../../people/index.ts";
import { findCurrentMemberships, insertHousehold, type NewMember } from "../households.repository.ts";
import { todayInItaly } from "../households.rules.ts";
import { checkJoinedOn, insertMembersExplained, personInOtherHousehold } from "./check-membership.ts";

/**
 * Creates a household of the actor's organisation with its first members (the caller has checked
 * the policy). A person who already lives in another household must be moved there explicitly.
 */
export async function createHousehold(
  ctx: TxContext,
  organizationId: string,
  input: HouseholdCreate,
): Promise<string> {
  const id = input.id ?? newId();
  const today = todayInItaly();
  const members = input.members ?? [];
  members.forEach((m, i) => {
    checkJoinedOn(m.joinedOn ?? today, today, `body.members.${i}.joinedOn`);
  });
  const personIds = members.map((m) => m.personId);
  await assertPeopleVisible(ctx.tx, personIds);
  const current = await findCurrentMemberships(ctx.tx, personIds);
  for (const personId of personIds) {
    const membership = current.get(personId);
    if (membership) throw personInOtherHousehold(personId, membership.householdId);
  }
  await insertHousehold(ctx.tx, { id, organizationId, label: input.label, createdBy: ctx.actor.userId });
  const rows: NewMember[] = members.map((m) => ({
    id: newId(),
    householdId: id,
    personId: m.personId,
    relation: m.relation,
    isReference: isReferenceInput(m),
    joinedOn: m.joinedOn ?? today,
    createdBy: ctx.actor.userId,
  }));
  await insertMembersExplained(ctx, rows);
  ctx.audit({
    action: "household.created",
    entityType: "household",
    entityId: id,
    organizationId,
    details: { memberCount: rows.length },
  });
  for (const row of rows) {
    ctx.audit({
      action: "household.member_added",
      entityType: "household",
      entityId: id,
      organizationId,
      details: { memberId: row.id, personId: row.personId, isReference: row.isReference },
    });
  }
  return id;
}
