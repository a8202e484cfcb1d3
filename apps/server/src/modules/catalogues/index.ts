import type { CatalogKind } from "@approdo/contracts";
import type { Tx } from "../../platform/db/database.ts";
import { presentEntry } from "./catalogues.presenter.ts";
import {
  findEffectiveEntry,
  findEntryForOrganization,
  findNetworkOfOrganization,
  listEffectiveEntries,
} from "./catalogues.repository.ts";

export type { CatalogueEntry } from "@approdo/contracts";
export { defaultCatalogueEntries } from "./catalogues.defaults.ts";
export { registerCatalogueRoutes } from "./catalogues.routes.ts";
export { ensureCatalogues, insertDefaultCatalogueEntries } from "./use-cases/ensure-default-catalogues.ts";

/**
 * The effective entry of a code (the network's, else the default), active or not; null if the code
 * is unknown. Validate with `entry?.active` for new records; historic records resolve inactive ones.
 */
export async function catalogueEntry(
  tx: Tx,
  kind: CatalogKind,
  code: string,
  networkId: string | null = null,
) {
  const row = await findEffectiveEntry(tx, kind, code, networkId);
  return row ? presentEntry(row) : null;
}

/** Like catalogueEntry, for the network of an organisation, in one statement (write paths). */
export async function catalogueEntryForOrganization(
  tx: Tx,
  kind: CatalogKind,
  code: string,
  organizationId: string,
) {
  const row = await findEntryForOrganization(tx, kind, code, organizationId);
  return row ? presentEntry(row) : null;
}

/** The active codes of a catalogue for a network (defaults overridden by the network's entries). */
export async function activeCodes(
  tx: Tx,
  kind: CatalogKind,
  networkId: string | null = null,
): Promise<Set<string>> {
  const rows = await listEffectiveEntries(tx, kind, networkId, false);
  return new Set(rows.map((r) => r.code));
}

/** The effective entries of a catalogue (inactive ones included: labels of historic records). */
export async function catalogueEntries(tx: Tx, kind: CatalogKind, networkId: string | null = null) {
  return (await listEffectiveEntries(tx, kind, networkId, true)).map(presentEntry);
}

/** The network whose catalogue applies to an organisation (its first network), or null. */
export function networkOfOrganization(tx: Tx, organizationId: string): Promise<string | null> {
  return findNetworkOfOrganization(tx, organizationId);
}
