import type { PartnerRole, Project, ProjectDetail, TargetIndicator } from "@approdo/contracts";
import type { PartnerRow, ProjectRow, TargetRow } from "./projects.repository.ts";

export function presentProject(row: ProjectRow): Project {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    description: row.description,
    fundLine: row.fundLine,
    startDate: row.startDate,
    endDate: row.endDate,
    leadOrganizationId: row.leadOrganizationId,
    leadOrganizationName: row.leadOrganizationName,
    networkId: row.networkId,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

// Roles and indicators are written only through the contract's enums (API and seeds).
export function presentProjectDetail(
  row: ProjectRow,
  partners: PartnerRow[],
  targets: TargetRow[],
): ProjectDetail {
  return {
    ...presentProject(row),
    partners: partners.map((p) => ({
      organizationId: p.organizationId,
      organizationName: p.organizationName,
      role: p.role as PartnerRole,
    })),
    targets: targets.map((t) => ({
      id: t.id,
      indicator: t.indicator as TargetIndicator,
      istatCode: t.istatCode,
      territoryName: t.territoryName,
      value: t.value,
      note: t.note,
    })),
  };
}
