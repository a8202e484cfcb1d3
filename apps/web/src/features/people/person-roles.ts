import type { Role } from "@approdo/contracts";

/** Roles that see and record special-category vulnerabilities (the server's and database's rule). */
const specialCategoryRoles: readonly Role[] = ["case_manager", "psychologist", "legal_advisor"];
/** Merging two records is a judgement on identity (the server's rule). */
const mergeRoles: readonly Role[] = ["case_manager", "org_coordinator"];
/** Undoing a merge: the organisation's coordinator (the server's rule). */
const undoMergeRoles: readonly Role[] = ["org_coordinator"];

const any = (roles: readonly Role[], allowed: readonly Role[]) =>
  roles.some((role) => allowed.includes(role));

/** What the UI offers; the server decides in the end (and answers 404 otherwise). */
export function personPermissions(roles: readonly Role[]) {
  return {
    specialCategory: any(roles, specialCategoryRoles),
    merge: any(roles, mergeRoles),
    undoMerge: any(roles, undoMergeRoles),
  };
}
