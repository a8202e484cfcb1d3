import { type Actor, hasRole } from "../../platform/authz/actor.ts";

/** API tokens are machine credentials with a role: only administrators issue, list and revoke them. */
export function canManageApiTokens(actor: Actor): boolean {
  return hasRole(actor, "admin");
}

/** Why a token may not be issued with this expiry, or null. */
export function expiryProblem(expiresAt: Date | null, now: Date): string | null {
  if (expiresAt && expiresAt.getTime() <= now.getTime()) return "The expiry must be in the future";
  return null;
}
