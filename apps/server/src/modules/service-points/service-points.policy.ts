import { type Actor, hasRole } from "../../platform/authz/actor.ts";

/** Service points are public-facing places, not personal data: any signed-in caller reads them. */
export function canReadServicePoints(actor: Actor): boolean {
  return actor.kind === "user" || actor.kind === "token";
}

/** Opening, changing and closing service points is for administrators only (tokens too, by role). */
export function canManageServicePoints(actor: Actor): boolean {
  return (actor.kind === "user" || actor.kind === "token") && hasRole(actor, "admin");
}
