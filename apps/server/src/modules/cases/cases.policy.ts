import type { CaseState, TeamRole } from "@approdo/contracts";
import { type Actor, hasRole } from "../../platform/authz/actor.ts";
import { type Role, specialCategoryRoles } from "../../platform/authz/roles.ts";

/** The roles that work on cases in their organisation (the same as people and households). */
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

/** Audit and administration, aggregates only: never case content, whatever else they hold. */
const noPersonalDataRoles: readonly Role[] = ["admin", "dpo", "network_governance"];

/** Whoever may work with cases at all: a user or token of an organisation, in a case-work role. */
export function canWorkWithCases(actor: Actor): actor is Actor & { organizationId: string } {
  return (
    (actor.kind === "user" || actor.kind === "token") &&
    actor.organizationId !== null &&
    hasRole(actor, ...caseWorkRoles) &&
    !hasRole(actor, ...noPersonalDataRoles)
  );
}

export function hasSpecialRole(actor: Actor): boolean {
  return actor.roles.some((r) => specialCategoryRoles.has(r));
}

/** The actor's current seat on a case's team. */
export interface TeamSeat {
  id: string;
  teamRole: TeamRole;
  organizationId: string;
}

export interface CaseFacts {
  organizationId: string;
  caseManagerId: string | null;
  state: CaseState;
}

export interface CaseAccessFlags {
  visible: boolean;
  isCaseManager: boolean;
  canSeeSpecial: boolean;
  canWrite: boolean;
}

/**
 * What the actor may do with a case: its own organisation's case-work roles see it; anyone else
 * only with a seat on the team. Special-category content needs a special-category role, a seat on
 * the team and membership of the controller organisation: a partner organisation's member never
 * sees it (their data-sharing basis covers the case, not health data).
 */
export function caseAccessFlags(actor: Actor, kase: CaseFacts, seat: TeamSeat | null): CaseAccessFlags {
  const none = { visible: false, isCaseManager: false, canSeeSpecial: false, canWrite: false };
  if (!canWorkWithCases(actor)) return none;
  const ownOrg = kase.organizationId === actor.organizationId;
  if (!ownOrg && !seat) return none;
  const isCaseManager =
    (actor.userId !== null && kase.caseManagerId === actor.userId) || seat?.teamRole === "case_manager";
  return {
    visible: true,
    isCaseManager,
    canSeeSpecial: hasSpecialRole(actor) && seat !== null && ownOrg,
    canWrite: seat !== null || ownOrg,
  };
}

/** Editing the case itself (summary, case manager, service point): its case manager or the organisation's coordinator. */
export function canManageCase(actor: Actor, kase: CaseFacts, flags: CaseAccessFlags): boolean {
  if (!flags.visible) return false;
  if (flags.isCaseManager) return true;
  return hasRole(actor, "org_coordinator") && actor.organizationId === kase.organizationId;
}

/** Opening a case: a case-work role of the organisation that will control it. */
export function canOpenCase(actor: Actor, organizationId: string): boolean {
  return canWorkWithCases(actor) && actor.organizationId === organizationId;
}

/**
 * Moving a case through its states: the case manager, the organisation's coordinator, or (for the
 * first steps, before a case manager is named) any case worker of the organisation.
 */
export function canTransitionCase(actor: Actor, kase: CaseFacts, flags: CaseAccessFlags): boolean {
  if (canManageCase(actor, kase, flags)) return true;
  return flags.visible && kase.caseManagerId === null && actor.organizationId === kase.organizationId;
}

/** Managing the team: the case manager or a coordinator of the case's organisation. */
export function canManageTeam(actor: Actor, kase: CaseFacts, flags: CaseAccessFlags): boolean {
  return canManageCase(actor, kase, flags);
}

/** Deciding an approval: a coordinator of the case's organisation, never the one who asked. */
export function canDecideApproval(
  actor: Actor,
  approval: { organizationId: string; requestedBy: string | null },
): boolean {
  return (
    canWorkWithCases(actor) &&
    hasRole(actor, "org_coordinator") &&
    actor.organizationId === approval.organizationId &&
    actor.userId !== null &&
    approval.requestedBy !== actor.userId
  );
}

/** Seeing the organisation's caseload and waiting times: its coordinator. */
export function canSeeCaseload(actor: Actor, organizationId: string): boolean {
  return (
    canWorkWithCases(actor) && hasRole(actor, "org_coordinator") && actor.organizationId === organizationId
  );
}

/** A case-work account role becomes this team role when its holder opens a case. */
export function teamRoleForAccountRoles(roles: readonly Role[]): TeamRole | null {
  const order: [Role, TeamRole][] = [
    ["case_manager", "case_manager"],
    ["psychologist", "psychologist"],
    ["legal_advisor", "legal_advisor"],
    ["cultural_mediator", "cultural_mediator"],
    ["housing_advisor", "housing_advisor"],
    ["job_advisor", "job_advisor"],
    ["operator", "operator"],
    ["outreach_worker", "operator"],
  ];
  for (const [role, teamRole] of order) if (roles.includes(role)) return teamRole;
  return null;
}

/** Who may be named case manager: an active user of the organisation holding the case_manager role. */
export function isActiveCaseManagerOf(
  user: { active: boolean; organizationId: string; roles: readonly string[] } | null,
  organizationId: string,
): boolean {
  return (
    user?.active === true && user.organizationId === organizationId && user.roles.includes("case_manager")
  );
}
