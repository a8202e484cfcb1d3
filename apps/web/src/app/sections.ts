import type { Role } from "@approdo/contracts";

export type SectionKey =
  | "home"
  | "people"
  | "households"
  | "worklist"
  | "cases"
  | "caseload"
  | "organizations"
  | "projects"
  | "servicePoints"
  | "catalogues"
  | "users"
  | "audit"
  | "account";

export interface Section {
  key: SectionKey;
  path: string;
  /** Roles that may open the section; null means every signed-in user. */
  roles: readonly Role[] | null;
  /** Roles that close the section even when held with an allowed one. */
  excludedRoles?: readonly Role[];
}

/** Roles that work with people and households (personal data); not admin, DPO, governance, training. */
const personRoles: readonly Role[] = [
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

/** Coordinators: the organisation's caseload by state and operator, waiting times. */
const caseloadRoles: readonly Role[] = ["org_coordinator", "project_coordinator"];

/** Administration, DPO and governance never see case content, whatever other role they hold (the server's rule). */
const noPersonalDataRoles: readonly Role[] = ["admin", "dpo", "network_governance"];

/** The navigation, in order. The server enforces the same rules (others get 404). */
export const sections: readonly Section[] = [
  { key: "home", path: "/", roles: null },
  { key: "worklist", path: "/worklist", roles: personRoles, excludedRoles: noPersonalDataRoles },
  { key: "people", path: "/people", roles: personRoles, excludedRoles: noPersonalDataRoles },
  { key: "households", path: "/households", roles: personRoles, excludedRoles: noPersonalDataRoles },
  { key: "cases", path: "/cases", roles: personRoles, excludedRoles: noPersonalDataRoles },
  { key: "caseload", path: "/caseload", roles: caseloadRoles, excludedRoles: noPersonalDataRoles },
  { key: "organizations", path: "/admin/organizations", roles: ["admin"] },
  { key: "projects", path: "/admin/projects", roles: ["admin"] },
  { key: "servicePoints", path: "/admin/service-points", roles: ["admin"] },
  { key: "catalogues", path: "/admin/catalogues", roles: ["admin"] },
  { key: "users", path: "/admin/users", roles: ["admin"] },
  { key: "audit", path: "/audit", roles: ["admin", "dpo"] },
  { key: "account", path: "/account", roles: null },
];

export function canOpen(key: SectionKey, userRoles: readonly Role[]): boolean {
  const section = sections.find((candidate) => candidate.key === key);
  if (!section) return false;
  if (section.excludedRoles?.some((role) => userRoles.includes(role))) return false;
  return section.roles === null || section.roles.some((role) => userRoles.includes(role));
}

export function visibleSections(userRoles: readonly Role[]): Section[] {
  return sections.filter((section) => canOpen(section.key, userRoles));
}

export function isSectionActive(section: Section, pathname: string): boolean {
  if (section.path === "/") return pathname === "/";
  return pathname === section.path || pathname.startsWith(`${section.path}/`);
}

/** Case-work roles land on their worklist ("Il mio lavoro") after signing in instead of the home page. */
export const worklistHomeRoles: readonly Role[] = [
  "case_manager",
  "psychologist",
  "legal_advisor",
  "cultural_mediator",
  "housing_advisor",
  "job_advisor",
  "org_coordinator",
];

export function landsOnWorklist(userRoles: readonly Role[]): boolean {
  return canOpen("worklist", userRoles) && userRoles.some((role) => worklistHomeRoles.includes(role));
}
