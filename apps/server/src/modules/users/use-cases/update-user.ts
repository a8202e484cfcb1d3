import type { UserUpdate } from "@approdo/contracts";
import type { Role } from "../../../platform/authz/roles.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError, versionConflict } from "../../../platform/errors/app-error.ts";
import {
  deleteSessionsOfUser,
  findUserById,
  organizationExists,
  replaceUserRoles,
  type UserChanges,
  type UserRow,
  updateUser as updateUserRow,
} from "../users.repository.ts";

function sameRoles(a: readonly Role[], b: readonly Role[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((r) => y.has(r));
}

/** Only the fields whose value really changes. */
function changesOf(current: UserRow, input: UserUpdate): UserChanges {
  const changes: UserChanges = {};
  if (input.displayName !== undefined && input.displayName !== current.displayName)
    changes.displayName = input.displayName;
  if (input.email !== undefined && input.email !== current.email) changes.email = input.email;
  if (input.organizationId !== undefined && input.organizationId !== current.organizationId)
    changes.organizationId = input.organizationId;
  if (input.active !== undefined && input.active !== current.active) changes.active = input.active;
  if (input.locale !== undefined && input.locale !== current.locale) changes.locale = input.locale;
  return changes;
}

/**
 * Changes an account on the version the administrator saw. New roles replace the old ones; roles
 * follow the user into a new organisation; a deactivated user is signed out everywhere at once.
 * A change that changes nothing writes nothing.
 */
export async function updateUser(ctx: TxContext, current: UserRow, input: UserUpdate): Promise<UserRow> {
  if (input.version !== current.version) throw versionConflict(current.version);
  const changes = changesOf(current, input);
  const rolesChanged = input.roles !== undefined && !sameRoles(input.roles, current.roles);
  const fields: string[] = [...Object.keys(changes), ...(rolesChanged ? ["roles"] : [])].sort();
  if (fields.length === 0) return current;
  if (changes.organizationId && !(await organizationExists(ctx.tx, changes.organizationId))) {
    throw new AppError("UNPROCESSABLE", "The organisation does not exist", { field: "organizationId" });
  }
  if (!(await updateUserRow(ctx.tx, current.id, input.version, changes))) throw versionConflict();
  const organizationId = changes.organizationId ?? current.organizationId;
  if (rolesChanged || changes.organizationId) {
    await replaceUserRoles(ctx.tx, current.id, organizationId, [...new Set(input.roles ?? current.roles)]);
  }
  if (changes.active === false) await deleteSessionsOfUser(ctx.tx, current.id);
  ctx.audit({
    action: "user.updated",
    entityType: "user",
    entityId: current.id,
    organizationId,
    details: {
      fields,
      ...(rolesChanged ? { roles: [...new Set(input.roles)] } : {}),
      ...(changes.active !== undefined ? { active: changes.active } : {}),
      ...(changes.organizationId ? { fromOrganizationId: current.organizationId } : {}),
    },
  });
  const updated = await findUserById(ctx.tx, current.id);
  if (!updated) throw new Error("the user just updated cannot be read back");
  return updated;
}
