import { type HouseholdRelation, isReferenceInput } from "@approdo/contracts";
import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import { householdMembers, households } from "../../../platform/db/schema.ts";
import { todayInItaly } from "../households.rules.ts";

export interface BulkHousehold {
  label: string;
  members: { personId: string; relation: HouseholdRelation; isReference?: boolean | undefined }[];
}

/** Rows per multi-row INSERT. */
const BATCH = 500;
/** One audit event per this many households: it lists their ids. */
const AUDIT_BATCH = 500;

/**
 * Creates many households of one organisation with their members, in the caller's transaction
 * (the spreadsheet import): the members are people just registered in the same transaction, so
 * none lives in another household yet (the database's unique index still guards it). Exactly one
 * reference person per household, as `createHousehold` requires. Multi-row inserts, one
 * "household.created_bulk" audit event per 500 households. Returns the ids in input order.
 */
export async function createHouseholdsBulk(
  ctx: TxContext,
  organizationId: string,
  input: readonly BulkHousehold[],
): Promise<string[]> {
  if (input.length === 0) return [];
  const today = todayInItaly();
  const rows = input.map((h, i) => {
    const references = h.members.filter(isReferenceInput).length;
    if (h.members.length === 0 || references !== 1 || h.members.length > 40) {
      throw new AppError("UNPROCESSABLE", "Each household needs 1 to 40 members and exactly one reference person", {
        row: i,
      });
    }
    return { id: newId(), organizationId, label: h.label, createdBy: ctx.actor.userId };
  });
  const members = input.flatMap((h, i) =>
    h.members.map((m) => ({
      id: newId(),
      householdId: rows[i]?.id ?? "",
      personId: m.personId,
      relation: m.relation,
      isReference: isReferenceInput(m),
      joinedOn: today,
      createdBy: ctx.actor.userId,
    })),
  );
  for (let i = 0; i < rows.length; i += BATCH) await ctx.tx.insert(households).values(rows.slice(i, i + BATCH));
  for (let i = 0; i < members.length; i += BATCH) {
    await ctx.tx.insert(householdMembers).values(members.slice(i, i + BATCH));
  }
  const ids = rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += AUDIT_BATCH) {
    const batch = ids.slice(i, i + AUDIT_BATCH);
    ctx.audit({
      action: "household.created_bulk",
      entityType: "household",
      organizationId,
      details: { count: batch.length, ids: batch },
    });
  }
  return ids;
}
