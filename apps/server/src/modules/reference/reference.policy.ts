import type { Actor } from "../../platform/authz/actor.ts";

/**
 * Countries, languages and the catalogues are reference data, not personal data: every signed-in user
 * and API token may read them (forms and pickers need them). The system actor never calls HTTP.
 */
export function canReadReferenceLists(actor: Actor): boolean {
  return actor.kind === "user" || actor.kind === "token";
}
