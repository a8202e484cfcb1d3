import { type Actor, hasRole } from "../../platform/authz/actor.ts";
import type { Role } from "../../platform/authz/roles.ts";

/** The roles that register and follow people (the same as the people module's), and so their consents. */
const caseWorkRoles: readonly Role[] = [
  "operator",
  "outreach_worker",
  "case_manager",
  "psychologist",
  "legal_advisor",
  "cultural_mediator",
  "housing_advisor",
  "job_advisor",
  "org_coordinator",
  "project_coordinator",
];

/** Administration, DPO and network governance do not see case content, even with another role. */
const noPersonalDataRoles: readonly Role[] = ["admin", "dpo", "network_governance"];

/**
 * Whoever may record, withdraw and read consents: a user or token of an organisation in a
 * case-work role. Which persons is decided by whether the person is visible to that organisation.
 */
export function canWorkWithConsents(actor: Actor): boolean {
  return (
    (actor.kind === "user" || actor.kind === "token") &&
    actor.organizationId !== null &&
    hasRole(actor, ...caseWorkRoles) &&
    !hasRole(actor, ...noPersonalDataRoles)
  );
}
