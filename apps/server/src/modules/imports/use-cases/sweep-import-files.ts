import { systemActor } from "../../../platform/authz/actor.ts";
import type { Database } from "../../../platform/db/database.ts";
import { inTransaction, noMeta } from "../../../platform/db/transaction.ts";
import type { FileStore, StoredObject } from "../../../platform/storage/index.ts";
import { findStaleFiles, referencedImportKeys, updateImport } from "../imports.repository.ts";
import { IMPORTS_NAMESPACE } from "./receive-import-file.ts";

/** An uploaded spreadsheet not started (or failed) within this time is deleted: it holds personal data. */
export const IMPORT_FILE_TTL_MS = 7 * 24 * 3_600_000;
/** A stored file younger than this may belong to an upload whose row is still being written. */
const ORPHAN_AGE_MS = 24 * 3_600_000;
const BATCH = 200;

export interface ImportSweepResult {
  expired: number;
  orphans: number;
}

/**
 * Daily: deletes the files of imports previewed or failed more than 7 days ago (the import row
 * stays, without its file), and files in the imports namespace no row points at (a completed
 * import whose file could not be deleted, an upload whose row was never written).
 */
export async function sweepImportFiles(
  database: Database,
  store: FileStore,
  now = new Date(),
): Promise<ImportSweepResult> {
  const result: ImportSweepResult = { expired: 0, orphans: 0 };
  for (;;) {
    const stale = await inTransaction(database, systemActor, noMeta, ({ tx }) =>
      findStaleFiles(tx, new Date(now.getTime() - IMPORT_FILE_TTL_MS), BATCH),
    );
    for (const row of stale) {
      if (row.storageKey) await store.delete(row.storageKey);
      await inTransaction(database, systemActor, noMeta, ({ tx }) =>
        updateImport(tx, row.id, { storageKey: null, wrappedKey: null }),
      );
      result.expired += 1;
    }
    if (stale.length < BATCH) break;
  }
  const cutoff = new Date(now.getTime() - ORPHAN_AGE_MS);
  let batch: StoredObject[] = [];
  const flush = async () => {
    const keys = batch.map((o) => o.key);
    batch = [];
    const referenced = await inTransaction(database, systemActor, noMeta, ({ tx }) =>
      referencedImportKeys(tx, keys),
    );
    for (const key of keys) {
      if (referenced.has(key)) continue;
      await store.delete(key);
      result.orphans += 1;
    }
  };
  for await (const object of store.list(IMPORTS_NAMESPACE)) {
    if (object.lastModified >= cutoff) continue;
    batch.push(object);
    if (batch.length >= BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  return result;
}
