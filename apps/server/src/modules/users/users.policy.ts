import type { Actor } from "../../platform/authz/actor.ts";
import { hasRole } from "../../platform/authz/actor.ts";
import type { Role } from "../../platform/authz/roles.ts";

/**
 * Which user accounts an actor may list and read: every account (administrators), those of one
 * organisation (its coordinator), or none (everyone else, who is answered 404).
 */
export type UserReadScope = { kind: "all" } | { kind: "organization"; organizationId: string } | null;

export function userReadScope(actor: Actor): UserReadScope {
  if (hasRole(actor, "admin")) return { kind: "all" };
  if (hasRole(actor, "org_coordinator") && actor.organizationId) {
    return { kind: "organization", organizationId: actor.organizationId };
  }
  return null;
}

export function canReadUser(actor: Actor, user: { organizationId: string }): boolean {
  const scope = userReadScope(actor);
  if (!scope) return false;
  return scope.kind === "all" || scope.organizationId === user.organizationId;
}

/** Creating, changing and resetting accounts is for administrators only. */
export function canManageUsers(actor: Actor): boolean {
  return hasRole(actor, "admin");
}

export interface AccountChange {
  roles?: readonly Role[];
  active?: boolean;
  /** An administrator resetting a credential (password or second factor) through the admin screens. */
  credential?: "password" | "totp";
}

/**
 * What an administrator may not do to their own account, so that nobody locks themselves (or the
 * last administrator) out or skips a check by going through the admin screens. null = allowed.
 */
export function selfChangeProblem(actor: Actor, targetUserId: string, change: AccountChange): string | null {
  if (!actor.userId || actor.userId !== targetUserId) return null;
  if (change.active === false) return "You cannot deactivate your own account";
  if (change.roles && !change.roles.includes("admin")) return "You cannot remove your own administrator role";
  if (change.credential === "password") {
    return "Change your own password from your profile: it asks for the current one";
  }
  if (change.credential === "totp") return "Another administrator must reset your two-factor sign-in";
  return null;
}

/** The rule the user's own password change applies too: a password must not contain the username. */
export function passwordProblem(username: string, password: string): string | null {
  if (password.toLowerCase().includes(username.toLowerCase())) {
    return "The password must not contain the username";
  }
  return null;
}
