import { type Actor, hasRole } from "../../platform/authz/actor.ts";
import type { Role } from "../../platform/authz/roles.ts";

/** The roles that register and follow people (the same as the people module's), and so their households. */
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

/**
 * Roles that keep personal data out of reach even when held with a case-work role: administrators
 * and the DPO ("audit and admin, not case content") and network governance (aggregates only).
 */
const noPersonalDataRoles: readonly Role[] = ["admin", "dpo", "network_governance"];

/** Whoever may work with households at all: a user or token of an organisation, in a case-work role. */
export function canWorkWithHouseholds(actor: Actor): actor is Actor & { organizationId: string } {
  return (
    (actor.kind === "user" || actor.kind === "token") &&
    actor.organizationId !== null &&
    hasRole(actor, ...caseWorkRoles) &&
    !hasRole(actor, ...noPersonalDataRoles)
  );
}

/** A household is read and changed only by its own organisation (the data controller). */
export function canUseHousehold(actor: Actor, household: { organizationId: string }): boolean {
  return canWorkWithHouseholds(actor) && household.organizationId === actor.organizationId;
}
