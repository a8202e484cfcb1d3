import type { Role } from "@approdo/contracts";

export type SectionKey =
  | "home"
  | "organizations"
  | "projects"
  | "servicePoints"
  | "users"
  | "audit"
  | "account";

export interface Section {
  key: SectionKey;
  path: string;
  /** Roles that may open the section; null means every signed-in user. */
  roles: readonly Role[] | null;
}

/** The navigation, in order. The server enforces the same rules (others get 404). */
export const sections: readonly Section[] = [
  { key: "home", path: "/", roles: null },
  { key: "organizations", path: "/admin/organizations", roles: ["admin"] },
  { key: "projects", path: "/admin/projects", roles: ["admin"] },
  { key: "servicePoints", path: "/admin/service-points", roles: ["admin"] },
  { key: "users", path: "/admin/users", roles: ["admin"] },
  { key: "audit", path: "/audit", roles: ["admin", "dpo"] },
  { key: "account", path: "/account", roles: null },
];

export function canOpen(key: SectionKey, userRoles: readonly Role[]): boolean {
  const section = sections.find((candidate) => candidate.key === key);
  if (!section) return false;
  return section.roles === null || section.roles.some((role) => userRoles.includes(role));
}

export function visibleSections(userRoles: readonly Role[]): Section[] {
  return sections.filter((section) => canOpen(section.key, userRoles));
}

export function isSectionActive(section: Section, pathname: string): boolean {
  if (section.path === "/") return pathname === "/";
  return pathname === section.path || pathname.startsWith(`${section.path}/`);
}
