import { systemActor } from "../../../platform/authz/actor.ts";
import type { Database } from "../../../platform/db/database.ts";
import { inTransaction, noMeta } from "../../../platform/db/transaction.ts";
import { type FileStore, LocalFileStore, type StoredObject } from "../../../platform/storage/index.ts";
import { referencedStorageKeys } from "../attachments.repository.ts";
import { ATTACHMENTS_NAMESPACE } from "./receive-upload.ts";

/** A file younger than this may belong to an upload whose row is still being written. */
export const ORPHAN_AGE_MS = 24 * 3_600_000;
const BATCH = 500;

export interface SweepResult {
  checked: number;
  deleted: number;
  temporary: number;
}

/**
 * Removes stored attachment files that no attachment row points at and that are older than a
 * day: left by an upload whose transaction failed and whose clean-up did not complete (a crash,
 * the store unreachable at that moment). Files of soft-deleted attachments still have their row
 * and are kept. Only the `attachments/` namespace is looked at.
 */
export async function sweepOrphanFiles(
  database: Database,
  store: FileStore,
  now = new Date(),
): Promise<SweepResult> {
  const cutoff = new Date(now.getTime() - ORPHAN_AGE_MS);
  const result: SweepResult = { checked: 0, deleted: 0, temporary: 0 };
  let batch: StoredObject[] = [];
  const flush = async () => {
    const keys = batch.map((o) => o.key);
    batch = [];
    const referenced = await inTransaction(database, systemActor, noMeta, ({ tx }) =>
      referencedStorageKeys(tx, keys),
    );
    for (const key of keys) {
      if (referenced.has(key)) continue;
      await store.delete(key);
      result.deleted += 1;
    }
  };
  for await (const object of store.list(ATTACHMENTS_NAMESPACE)) {
    if (object.lastModified >= cutoff) continue;
    result.checked += 1;
    batch.push(object);
    if (batch.length >= BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  if (store instanceof LocalFileStore) result.temporary = await store.purgeTemporary(cutoff);
  return result;
}
