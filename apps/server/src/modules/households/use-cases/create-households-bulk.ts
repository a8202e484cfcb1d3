import { type HouseholdRelation, isReferenceInput } from "@approdo/contracts";
import { sql } from "drizzle-orm";
import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import { todayInItaly } from "../households.rules.ts";

export interface BulkHousehold {
  label: string;
  members: { personId: string; relation: HouseholdRelation; isReference?: boolean | undefined }[];
}

/** Rows per INSERT (one array parameter per column, expanded by unnest). */
const BATCH = 5000;
/** One audit event per this many households: it lists their ids. */
const AUDIT_BATCH = 500;

/**
 * Creates many households of one organisation with their members, in the caller's transaction
 * (the spreadsheet import): the members are people just registered in the same transaction, so
 * none lives in another household yet (the database's unique index still guards it). Exactly one
 * reference person per household, as `createHousehold` requires. Array inserts, one
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
      throw new AppError(
        "UNPROCESSABLE",
        "Each household needs 1 to 40 members and exactly one reference person",
        {
          row: i,
        },
      );
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
  // Arrays rather than a VALUES list: building 40,000 rows of VALUES costs Drizzle seconds.
  for (let i = 0; i < rows.length; i += BATCH) {
    const b = rows.slice(i, i + BATCH);
    await ctx.tx.execute(sql`
      insert into households (id, organization_id, label, created_by)
      select * from unnest(${sql.param(b.map((r) => r.id))}::uuid[], ${sql.param(b.map((r) => r.organizationId))}::uuid[],
        ${sql.param(b.map((r) => r.label))}::text[], ${sql.param(b.map((r) => r.createdBy))}::uuid[])`);
  }
  for (let i = 0; i < members.length; i += BATCH) {
    const b = members.slice(i, i + BATCH);
    await ctx.tx.execute(sql`
      insert into household_members (id, household_id, person_id, relation, is_reference, joined_on, created_by)
      select * from unnest(${sql.param(b.map((m) => m.id))}::uuid[], ${sql.param(b.map((m) => m.householdId))}::uuid[],
        ${sql.param(b.map((m) => m.personId))}::uuid[], ${sql.param(b.map((m) => m.relation))}::text[],
        ${sql.param(b.map((m) => m.isReference))}::boolean[], ${sql.param(b.map((m) => m.joinedOn))}::date[],
        ${sql.param(b.map((m) => m.createdBy))}::uuid[])`);
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
