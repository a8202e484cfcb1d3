import type { ServicePointUpdate } from "@approdo/contracts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { versionConflict } from "../../../platform/errors/app-error.ts";
import {
  type ServicePointChanges,
  type ServicePointRow,
  updateServicePointRow,
} from "../service-points.repository.ts";
import { checkServicePointReferences } from "./check-service-point-references.ts";

const scalars = ["organizationId", "type", "name", "istatCode", "address", "openingHours", "active"] as const;

function changesOf(current: ServicePointRow, input: ServicePointUpdate): ServicePointChanges {
  const changes: Record<string, unknown> = {};
  for (const field of scalars) {
    const value = input[field];
    if (value !== undefined && value !== current[field]) changes[field] = value;
  }
  if (input.languages && input.languages.join(",") !== current.languages.join(",")) {
    changes.languages = input.languages;
  }
  return changes as ServicePointChanges;
}

/**
 * A partial update of a service point the caller loaded with a lock. Moving it to another
 * organisation is allowed (a hand-over between partners); unchanged values change nothing.
 */
export async function updateServicePoint(
  ctx: TxContext,
  current: ServicePointRow,
  input: ServicePointUpdate,
): Promise<void> {
  if (input.version !== current.version) throw versionConflict(current.version);
  const changes = changesOf(current, input);
  const fields = Object.keys(changes);
  if (fields.length === 0) return;
  await checkServicePointReferences(ctx, {
    organizationId: changes.organizationId,
    istatCode: changes.istatCode,
  });
  if (!(await updateServicePointRow(ctx.tx, current.id, current.version, changes))) throw versionConflict();
  ctx.audit({
    action: "service_point.updated",
    entityType: "service_point",
    entityId: current.id,
    organizationId: changes.organizationId ?? current.organizationId,
    details: { fields },
  });
}
