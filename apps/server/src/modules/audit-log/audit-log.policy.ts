import { type Actor, hasRole } from "../../platform/authz/actor.ts";

/**
 * The audit trail says who looked at whom: only administrators and the data protection officer
 * read it (and check its hash chain). Everyone else is told it does not exist.
 */
export function canReadAuditTrail(actor: Actor): boolean {
  return hasRole(actor, "admin", "dpo");
}
