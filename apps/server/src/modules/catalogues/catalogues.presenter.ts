import type {
  CatalogKind,
  CatalogueEntry,
  CatalogueLabels,
  CatalogueLevels,
  CatalogueTexts,
} from "@approdo/contracts";
import type { CatalogueRow } from "./catalogues.repository.ts";
import { defaultDurationOf } from "./catalogues.rules.ts";

export function presentEntry(row: CatalogueRow): CatalogueEntry {
  return {
    id: row.id,
    // Written only through the contracts' schemas (kind enum, labels, levels), so the stored jsonb has their shape.
    kind: row.kind as CatalogKind,
    code: row.code,
    networkId: row.networkId,
    labels: row.labels as CatalogueLabels,
    descriptions: (row.descriptions ?? {}) as CatalogueTexts,
    cisisCode: row.cisisCode,
    specialCategory: row.specialCategory,
    levels: (row.levels ?? null) as CatalogueLevels | null,
    defaultDurationMinutes: defaultDurationOf(row.attributes),
    sortOrder: row.sortOrder,
    active: row.active,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}
