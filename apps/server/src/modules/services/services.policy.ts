import { type Actor, hasRole } from "../../platform/authz/actor.ts";
import { type Role, specialCategoryRoles } from "../../platform/authz/roles.ts";

/** What the policy needs from the cases module's CaseAccess. */
export interface ServiceCaseAccess {
  canWrite: boolean;
  isCaseManager: boolean;
  canSeeSpecial: boolean;
}

/** The roles that record and read services in their organisation (the case-work roles). */
const serviceRoles: readonly Role[] = [
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

/** Audit and administration, aggregates only: never services of identified people. */
const noPersonalDataRoles: readonly Role[] = ["admin", "dpo", "network_governance"];

/** A user or token of an organisation in a case-work role (the organisation's register of services). */
export function canWorkWithServices(actor: Actor): actor is Actor & { organizationId: string } {
  return (
    (actor.kind === "user" || actor.kind === "token") &&
    actor.organizationId !== null &&
    hasRole(actor, ...serviceRoles) &&
    !hasRole(actor, ...noPersonalDataRoles)
  );
}

/** Recording a service on a case: whoever may write to the case (its team, its organisation's case workers). */
export function canRecordService(actor: Actor, access: ServiceCaseAccess): boolean {
  return canWorkWithServices(actor) && access.canWrite;
}

/**
 * Services of a special-category type (e.g. psychological support reveals health data) are
 * recorded and seen on a case only by special-category roles on its team (CaseAccess.canSeeSpecial),
 * and in the register only by special-category roles.
 */
export function canUseSpecialServiceTypes(access: ServiceCaseAccess): boolean {
  return access.canSeeSpecial;
}

export function registerShowsSpecialTypes(actor: Actor): boolean {
  return actor.roles.some((r) => specialCategoryRoles.has(r));
}

/**
 * Voiding (or correcting) a record: only within the organisation that recorded it, by the one who
 * recorded or delivered it, the case manager, or the organisation's coordinator.
 */
export function canVoidService(
  actor: Actor,
  access: ServiceCaseAccess,
  record: { organizationId: string; createdBy: string | null; operatorId: string | null },
): boolean {
  if (!canRecordService(actor, access) || record.organizationId !== actor.organizationId) return false;
  const own =
    actor.userId !== null && (record.createdBy === actor.userId || record.operatorId === actor.userId);
  return own || access.isCaseManager || hasRole(actor, "org_coordinator");
}
