import type { Organization, OrganizationDetail, OrganizationType } from "@approdo/contracts";
import type { Memberships, OrganizationRow } from "./organizations.repository.ts";

export function presentOrganization(row: OrganizationRow): Organization {
  return {
    id: row.id,
    name: row.name,
    // Written only through the contract's enum (API and seeds), so the stored text is one of its values.
    type: row.type as OrganizationType,
    istatCode: row.istatCode,
    territoryName: row.territoryName,
    parentId: row.parentId,
    requiresClosureApproval: row.requiresClosureApproval,
    active: row.active,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentOrganizationDetail(
  row: OrganizationRow,
  memberships: Memberships,
): OrganizationDetail {
  return {
    ...presentOrganization(row),
    networkIds: memberships.networkIds,
    projectIds: memberships.projectIds,
  };
}
