import { type Actor, hasRole } from "../../platform/authz/actor.ts";
import { type Role, totpRequiredRoles } from "../../platform/authz/roles.ts";

/** API tokens are machine credentials with a role: only administrators issue, list and revoke them. */
export function canManageApiTokens(actor: Actor): boolean {
  return hasRole(actor, "admin");
}

/** Why a token may not be issued with this expiry, or null. */
export function expiryProblem(expiresAt: Date | null, now: Date): string | null {
  if (expiresAt && expiresAt.getTime() <= now.getTime()) return "The expiry must be in the future";
  return null;
}

/**
 * A token skips the second factor, so it may not carry a role that requires one (administration,
 * the DPO, or special-category data): integrations get operational roles only.
 */
export function tokenRoleProblem(role: Role): string | null {
  return totpRequiredRoles.has(role)
    ? `API tokens cannot have the role ${role}: it requires two-factor sign-in`
    : null;
}
