import { and, eq, lt, sql } from "drizzle-orm";
import type { Tx } from "../db/database.ts";
import { idempotencyKeys } from "../db/schema.ts";

export interface StoredResponse {
  method: string;
  path: string;
  statusCode: number;
  response: unknown;
}

/**
 * Claims the key inside the mutation's transaction. A concurrent request with the same key waits
 * on the unique index until this transaction ends, then sees the stored response.
 */
export async function claimIdempotencyKey(
  tx: Tx,
  principal: string,
  key: string,
  method: string,
  path: string,
): Promise<StoredResponse | null> {
  const inserted = await tx
    .insert(idempotencyKeys)
    .values({ principal, key, method, path, statusCode: 0, response: null })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted.length > 0) return null;
  const [row] = await tx
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.principal, principal), eq(idempotencyKeys.key, key)));
  if (!row) return null;
  return { method: row.method, path: row.path, statusCode: row.statusCode, response: row.response };
}

export async function storeIdempotentResponse(
  tx: Tx,
  principal: string,
  key: string,
  statusCode: number,
  response: unknown,
): Promise<void> {
  await tx
    .update(idempotencyKeys)
    .set({ statusCode, response: response ?? null })
    .where(and(eq(idempotencyKeys.principal, principal), eq(idempotencyKeys.key, key)));
}

/** Keys are kept for a day: long enough for an offline client's retries. */
export async function purgeIdempotencyKeys(tx: Tx, olderThan: Date): Promise<number> {
  const rows = await tx
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, sql`${olderThan.toISOString()}::timestamptz`))
    .returning({ key: idempotencyKeys.key });
  return rows.length;
}
