import type { Actor } from "../../platform/authz/actor.ts";

/**
 * Territories and networks are reference data, not personal data: every signed-in user and API
 * token may read them (pickers in every other module need them). The system actor never calls HTTP.
 */
export function canReadReferenceData(actor: Actor): boolean {
  return actor.kind === "user" || actor.kind === "token";
}
