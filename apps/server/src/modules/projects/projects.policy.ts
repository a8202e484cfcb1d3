import { type Actor, hasRole } from "../../platform/authz/actor.ts";

/** Projects are not personal data, and reports and case screens pick them: any signed-in caller reads. */
export function canReadProjects(actor: Actor): boolean {
  return actor.kind === "user" || actor.kind === "token";
}

/** Projects, their partners and targets are set up by administrators only (tokens too, by role). */
export function canManageProjects(actor: Actor): boolean {
  return (actor.kind === "user" || actor.kind === "token") && hasRole(actor, "admin");
}
