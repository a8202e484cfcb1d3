import type { OrganizationUpdate } from "@approdo/contracts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { versionConflict } from "../../../platform/errors/app-error.ts";
import {
  type OrganizationChanges,
  type OrganizationRow,
  updateOrganizationRow,
} from "../organizations.repository.ts";
import { checkParent, checkTerritory } from "./check-organization-references.ts";

const editable = ["name", "type", "istatCode", "parentId", "requiresClosureApproval", "active"] as const;

/** The fields whose sent value differs from the stored one. */
function organizationChanges(current: OrganizationRow, input: OrganizationUpdate): OrganizationChanges {
  const changes: Record<string, unknown> = {};
  for (const field of editable) {
    const value = input[field];
    if (value !== undefined && value !== current[field]) changes[field] = value;
  }
  return changes as OrganizationChanges;
}

/**
 * Applies a partial update to a row the caller loaded with a lock. A stale version is a conflict;
 * sending only unchanged values changes nothing (no new version, no audit event).
 */
export async function updateOrganization(
  ctx: TxContext,
  current: OrganizationRow,
  input: OrganizationUpdate,
): Promise<void> {
  if (input.version !== current.version) throw versionConflict(current.version);
  const changes = organizationChanges(current, input);
  const fields = Object.keys(changes);
  if (fields.length === 0) return;
  if (changes.istatCode !== undefined) await checkTerritory(ctx, changes.istatCode);
  if (changes.parentId) await checkParent(ctx, current.id, changes.parentId);
  if (!(await updateOrganizationRow(ctx.tx, current.id, current.version, changes))) {
    throw versionConflict();
  }
  ctx.audit({
    action: "organization.updated",
    entityType: "organization",
    entityId: current.id,
    organizationId: current.id,
    details: { fields },
  });
}
