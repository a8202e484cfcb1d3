import type { Network, Territory } from "@approdo/contracts";
import type { NetworkRow, TerritoryRow } from "./territories.repository.ts";

export function presentTerritory(row: TerritoryRow): Territory {
  return {
    istatCode: row.istatCode,
    name: row.name,
    province: row.province,
    region: row.region,
    belfioreCode: row.belfioreCode,
  };
}

export function presentNetwork(row: NetworkRow): Network {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    organizationIds: row.organizationIds,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
