import type {
  CatalogKind,
  CatalogueEntry,
  CatalogueEntryCreate,
  CatalogueEntryUpdate,
  CatalogueList,
} from "@approdo/contracts";
import { apiCreate, apiGet, apiPatch } from "../../app/api/api-client.ts";

export const cataloguesPath = "/api/v1/catalogues";

export const catalogueKeys = {
  all: ["catalogues"] as const,
  kind: (kind: CatalogKind, includeInactive = false) =>
    [...catalogueKeys.all, kind, includeInactive ? "all" : "active"] as const,
};

const kindPath = (kind: CatalogKind) => `${cataloguesPath}/${encodeURIComponent(kind)}`;
const entryPath = (kind: CatalogKind, id: string) => `${kindPath(kind)}/${encodeURIComponent(id)}`;

/** The entries of one catalogue as the signed-in user's network sees them (defaults + overrides). */
export function fetchCatalogue(
  kind: CatalogKind,
  includeInactive: boolean,
  signal?: AbortSignal,
  networkId?: string,
): Promise<CatalogueList> {
  return apiGet<CatalogueList>(
    kindPath(kind),
    { includeInactive: includeInactive ? "true" : undefined, networkId },
    signal,
  );
}

export function createCatalogueEntry(
  kind: CatalogKind,
  body: CatalogueEntryCreate,
  idempotencyKey: string,
): Promise<CatalogueEntry> {
  return apiCreate<CatalogueEntry>(kindPath(kind), body, idempotencyKey);
}

export function updateCatalogueEntry(
  kind: CatalogKind,
  id: string,
  body: CatalogueEntryUpdate,
): Promise<CatalogueEntry> {
  return apiPatch<CatalogueEntry>(entryPath(kind, id), body);
}
