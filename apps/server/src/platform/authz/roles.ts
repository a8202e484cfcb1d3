import { type Role, roles } from "@approdo/contracts";

export { type Role, roles };

/** Roles that may see special-category data (health, mental health, addiction, trafficking, torture). */
export const specialCategoryRoles: ReadonlySet<Role> = new Set<Role>([
  "case_manager",
  "psychologist",
  "legal_advisor",
]);

/**
 * Roles that must sign in with a TOTP second factor: everyone who may see special-category data,
 * plus those who administer users or read the whole audit trail.
 */
export const totpRequiredRoles: ReadonlySet<Role> = new Set<Role>([...specialCategoryRoles, "admin", "dpo"]);

/** Roles whose reach is network-wide but aggregates only: never personal data. */
export const aggregateOnlyRoles: ReadonlySet<Role> = new Set<Role>(["network_governance"]);

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export function requiresTotp(userRoles: readonly Role[]): boolean {
  return userRoles.some((r) => totpRequiredRoles.has(r));
}
