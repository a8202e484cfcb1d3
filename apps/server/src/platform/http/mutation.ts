import type { FastifyReply, FastifyRequest } from "fastify";
import type { Database } from "../db/database.ts";
import { inTransaction, type TxContext } from "../db/transaction.ts";
import { AppError } from "../errors/app-error.ts";
import { claimIdempotencyKey, storeIdempotentResponse } from "./idempotency.repository.ts";
import { actorOf, metaOf } from "./request.ts";

export interface MutationResult<T> {
  status: number;
  body: T;
}

const keyPattern = /^[A-Za-z0-9_\-:.]{8,200}$/;

/**
 * Runs a write in one transaction. With an `Idempotency-Key` header the response is stored in the
 * same transaction, and a retry with the same key gets the same answer without a second write.
 */
export async function runMutation<T>(
  database: Database,
  request: FastifyRequest,
  reply: FastifyReply,
  fn: (ctx: TxContext) => Promise<MutationResult<T>>,
): Promise<T> {
  const actor = actorOf(request);
  const header = request.headers["idempotency-key"];
  const key = Array.isArray(header) ? header[0] : header;
  if (key !== undefined && !keyPattern.test(key)) {
    throw new AppError(
      "VALIDATION_FAILED",
      "Idempotency-Key must be 8–200 characters of letters, digits, - _ : .",
    );
  }
  const principal = actor.userId ?? actor.tokenId ?? "system";
  const result = await inTransaction(database, actor, metaOf(request), async (ctx) => {
    if (key) {
      const stored = await claimIdempotencyKey(ctx.tx, principal, key, request.method, request.url);
      if (stored) {
        if (stored.method !== request.method || stored.path !== request.url) {
          throw new AppError(
            "IDEMPOTENCY_KEY_REUSED",
            "This Idempotency-Key was already used for another request",
          );
        }
        return { replayed: true, status: stored.statusCode, body: stored.response as T };
      }
    }
    const out = await fn(ctx);
    if (key) await storeIdempotentResponse(ctx.tx, principal, key, out.status, out.body);
    return { replayed: false, ...out };
  });
  if (result.replayed) reply.header("Idempotent-Replayed", "true");
  reply.status(result.status);
  return result.body;
}
