import type { ServicePoint, ServicePointType } from "@approdo/contracts";
import type { ServicePointRow } from "./service-points.repository.ts";

export function presentServicePoint(row: ServicePointRow): ServicePoint {
  return {
    id: row.id,
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    // Written only through the contract's enum (API and seeds).
    type: row.type as ServicePointType,
    name: row.name,
    istatCode: row.istatCode,
    territoryName: row.territoryName,
    address: row.address,
    openingHours: row.openingHours,
    languages: row.languages,
    active: row.active,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
