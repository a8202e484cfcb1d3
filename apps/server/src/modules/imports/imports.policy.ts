import { type Actor, hasRole } from "../../platform/authz/actor.ts";
import { canUsePeople } from "../people/index.ts";

/**
 * Importing people from a spreadsheet is registering them: the roles that register people
 * (operators, case managers, specialists, coordinators) in their own organisation. Never
 * administrators, the DPO or network governance, whatever other role they also hold (they do not
 * see case content); everyone else gets 404.
 */
export function canImportPeople(actor: Actor): boolean {
  if (hasRole(actor, "admin", "dpo", "network_governance")) return false;
  return canUsePeople(actor) && actor.organizationId !== null;
}
