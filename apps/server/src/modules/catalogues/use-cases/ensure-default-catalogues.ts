import { systemActor } from "../../../platform/authz/actor.ts";
import type { Database, Tx } from "../../../platform/db/database.ts";
import { newId } from "../../../platform/db/ids.ts";
import { inTransaction, noMeta } from "../../../platform/db/transaction.ts";
import { defaultCatalogueEntries } from "../catalogues.defaults.ts";
import { insertMissingEntries, type NewCatalogueRow } from "../catalogues.repository.ts";
import { attributesWith } from "../catalogues.rules.ts";

function defaultRows(): NewCatalogueRow[] {
  return defaultCatalogueEntries.map((e) => ({
    id: newId(),
    networkId: null,
    kind: e.kind,
    code: e.code,
    labels: e.labels,
    cisisCode: e.cisisCode,
    specialCategory: e.specialCategory,
    levels: e.levels,
    attributes: attributesWith({}, e.defaultDurationMinutes),
    sortOrder: e.sortOrder,
  }));
}

/**
 * Inserts the instance-wide default entries that are missing (by kind and code) and returns how
 * many were new. Idempotent, and it never overwrites an entry an administrator has changed or
 * deactivated: a default, once there, belongs to the administrators. Without audit: the caller
 * audits (start-up), or the test database set-up seeds it like a migration would.
 */
export function insertDefaultCatalogueEntries(tx: Tx): Promise<number> {
  return insertMissingEntries(tx, defaultRows());
}

/** Start-up: makes sure the default catalogues are there, as the system, in one transaction. */
export function ensureCatalogues(database: Database): Promise<{ inserted: number }> {
  return inTransaction(database, systemActor, noMeta, async (ctx) => {
    const inserted = await insertDefaultCatalogueEntries(ctx.tx);
    if (inserted > 0) {
      ctx.audit({
        action: "catalogues.defaults_inserted",
        entityType: "catalogue_entry",
        organizationId: null,
        details: { inserted, defaults: defaultCatalogueEntries.length },
      });
    }
    return { inserted };
  });
}
