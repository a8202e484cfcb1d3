import type { CatalogKind, CatalogueEntryCreate } from "@approdo/contracts";
import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { type CatalogueRow, insertEntry } from "../catalogues.repository.ts";
import { assertKindFields, attributesWith } from "../catalogues.rules.ts";

/**
 * Adds an entry: a new code instance-wide (networkId null), or for one network — a new code, or an
 * override of a default's code (the network's entry then wins for that network). A code already
 * there at the same level answers 409 ALREADY_EXISTS (unique index); an unknown network 422.
 */
export async function createCatalogueEntry(
  ctx: TxContext,
  kind: CatalogKind,
  input: CatalogueEntryCreate,
): Promise<CatalogueRow> {
  assertKindFields(kind, input, true);
  const row = await insertEntry(ctx.tx, {
    id: input.id ?? newId(),
    networkId: input.networkId ?? null,
    kind,
    code: input.code,
    labels: input.labels,
    descriptions: input.descriptions ?? {},
    cisisCode: input.cisisCode ?? null,
    specialCategory: input.specialCategory ?? false,
    levels: input.levels ?? null,
    attributes: attributesWith({}, input.defaultDurationMinutes ?? null),
    sortOrder: input.sortOrder ?? 1000,
    active: input.active ?? true,
  });
  ctx.audit({
    action: "catalogue_entry.created",
    entityType: "catalogue_entry",
    entityId: row.id,
    organizationId: null,
    details: { kind, code: row.code, networkId: row.networkId },
  });
  return row;
}
