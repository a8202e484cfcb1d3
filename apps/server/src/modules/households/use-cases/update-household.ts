import type { HouseholdUpdate } from "@approdo/contracts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { versionConflict } from "../../../platform/errors/app-error.ts";
import { bumpHousehold, type HouseholdRow } from "../households.repository.ts";

/**
 * Renames a household the caller loaded with a lock. A stale version is a conflict; sending the
 * stored label changes nothing (no new version, no audit event).
 */
export async function updateHousehold(
  ctx: TxContext,
  current: HouseholdRow,
  input: HouseholdUpdate,
): Promise<void> {
  if (input.version !== current.version) throw versionConflict(current.version);
  if (input.label === undefined || input.label === current.label) return;
  if (!(await bumpHousehold(ctx.tx, current.id, current.version, { label: input.label })))
    throw versionConflict();
  ctx.audit({
    action: "household.updated",
    entityType: "household",
    entityId: current.id,
    organizationId: current.organizationId,
    details: { fields: ["label"] },
  });
}
