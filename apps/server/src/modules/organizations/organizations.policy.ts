import { type Actor, hasRole } from "../../platform/authz/actor.ts";

/** Organisations are not personal data, and every module's pickers list them: any signed-in caller reads. */
export function canReadOrganizations(actor: Actor): boolean {
  return actor.kind === "user" || actor.kind === "token";
}

/** Creating and changing organisations shapes the whole network: administrators only (tokens too, by role). */
export function canManageOrganizations(actor: Actor): boolean {
  return (actor.kind === "user" || actor.kind === "token") && hasRole(actor, "admin");
}
