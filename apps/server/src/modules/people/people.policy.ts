import { type Actor, hasRole } from "../../platform/authz/actor.ts";
import { type Role, specialCategoryRoles } from "../../platform/authz/roles.ts";

/**
 * Roles that register and follow people, within their organisation (row-level security limits
 * them to the people their organisation controls or was granted). Not admin and dpo ("audit and
 * admin, not case content"), not network governance (aggregates only), not training coordinators.
 */
const peopleRoles: ReadonlySet<Role> = new Set<Role>([
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
]);

function isPrincipal(actor: Actor): boolean {
  return actor.kind === "user" || actor.kind === "token";
}

/** Reads, registers and updates people of the actor's organisation. */
export function canUsePeople(actor: Actor): boolean {
  return isPrincipal(actor) && actor.roles.some((r) => peopleRoles.has(r));
}

/** Special-category vulnerabilities (GDPR art. 9): the same roles the database lets see them. */
export function canSeeSpecialCategory(actor: Actor): boolean {
  return canUsePeople(actor) && actor.roles.some((r) => specialCategoryRoles.has(r));
}

/** Records a vulnerability of the catalogue: special-category ones only with a role that may see them. */
export function canRecordVulnerability(actor: Actor, specialCategory: boolean): boolean {
  return specialCategory ? canSeeSpecialCategory(actor) : canUsePeople(actor);
}

/** Merging two records is a judgement on identity: the case manager or the organisation's coordinator. */
export function canMergePeople(actor: Actor): boolean {
  return isPrincipal(actor) && hasRole(actor, "case_manager", "org_coordinator");
}

/**
 * How the actor may undo a merge: a coordinator within their organisation's scope; an
 * administrator, who cannot see people at all, through the one elevated transaction (system scope,
 * audited with the administrator as actor); only a signed-in person, never an API token, since
 * someone must answer for an elevation. Null: not at all.
 */
export function undoMergeAccess(actor: Actor): "organization" | "elevated" | null {
  if (!isPrincipal(actor)) return null;
  // An administrator's database scope is 'all', which sees no people, whatever other roles they hold.
  if (hasRole(actor, "admin")) return actor.kind === "user" ? "elevated" : null;
  if (hasRole(actor, "org_coordinator")) return "organization";
  return null;
}
