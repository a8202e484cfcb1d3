import {
  apiTokenCreatedSchema,
  apiTokenCreateSchema,
  apiTokenListQuerySchema,
  apiTokenPageSchema,
  apiTokenSchema,
  idSchema,
} from "@approdo/contracts";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError, notFound } from "../../platform/errors/app-error.ts";
import {
  claimIdempotencyKey,
  type StoredResponse,
  storeIdempotentResponse,
} from "../../platform/http/idempotency.repository.ts";
import { runMutation } from "../../platform/http/mutation.ts";
import { decodeCursor, pageFrom } from "../../platform/http/pagination.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { canManageApiTokens } from "./api-tokens.policy.ts";
import { presentApiToken, presentCreatedApiToken } from "./api-tokens.presenter.ts";
import { findApiTokenById, listApiTokens } from "./api-tokens.repository.ts";
import { createApiToken } from "./use-cases/create-api-token.ts";
import { revokeApiToken } from "./use-cases/revoke-api-token.ts";

const tags = ["api-tokens"];
const params = z.object({ id: idSchema });

/** Whoever may not use a collection is told it does not exist, exactly like an unknown path. */
const hidden = () => new AppError("NOT_FOUND", "No such path");

const keyPattern = /^[A-Za-z0-9_\-:.]{8,200}$/;

function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const header = request.headers["idempotency-key"];
  const key = Array.isArray(header) ? header[0] : header;
  if (key !== undefined && !keyPattern.test(key)) {
    throw new AppError(
      "VALIDATION_FAILED",
      "Idempotency-Key must be 8–200 characters of letters, digits, - _ : .",
    );
  }
  return key;
}

function alreadyIssued(stored: StoredResponse, method: string, path: string): AppError {
  if (stored.method !== method || stored.path !== path) {
    return new AppError(
      "IDEMPOTENCY_KEY_REUSED",
      "This Idempotency-Key was already used for another request",
    );
  }
  const id = (stored.response as { id?: unknown } | null)?.id;
  return new AppError(
    "ALREADY_EXISTS",
    "This token was already issued and is shown only once. Revoke it and create a new one if it was lost.",
    typeof id === "string" ? { id } : undefined,
  );
}

function beforeId(cursor: string | undefined): string | null {
  const key = decodeCursor(cursor, 1);
  if (!key) return null;
  const parsed = idSchema.safeParse(key[0]);
  if (!parsed.success)
    throw new AppError("VALIDATION_FAILED", "The cursor is not valid", { field: "cursor" });
  return parsed.data;
}

export function registerApiTokensRoutes(app: AppInstance, deps: AppDeps): void {
  const { database } = deps;

  app.get(
    "/api/v1/api-tokens",
    { schema: { tags, querystring: apiTokenListQuerySchema, response: { 200: apiTokenPageSchema } } },
    async (request) => {
      const actor = actorOf(request);
      const { organizationId, cursor, limit } = request.query;
      return inTransaction(database, actor, metaOf(request), async ({ tx }) => {
        if (!canManageApiTokens(actor)) throw hidden();
        const rows = await listApiTokens(tx, { organizationId }, beforeId(cursor), limit);
        const page = pageFrom(rows, limit, (t) => [t.id]);
        return { items: page.items.map(presentApiToken), nextCursor: page.nextCursor };
      });
    },
  );

  // Not runMutation: it would store the response, plaintext token included, with the Idempotency-Key.
  // Here the key is honoured (a retry creates nothing) but only the token's record is kept, so a
  // retry is told the token was issued instead of being shown it a second time.
  app.post(
    "/api/v1/api-tokens",
    { schema: { tags, body: apiTokenCreateSchema, response: { 201: apiTokenCreatedSchema } } },
    async (request, reply) => {
      const actor = actorOf(request);
      const key = idempotencyKeyOf(request);
      const body = await inTransaction(database, actor, metaOf(request), async (ctx) => {
        if (!canManageApiTokens(actor)) throw hidden();
        const principal = actor.userId ?? actor.tokenId ?? "system";
        if (key) {
          const stored = await claimIdempotencyKey(ctx.tx, principal, key, request.method, request.url);
          if (stored) throw alreadyIssued(stored, request.method, request.url);
        }
        const { row, token } = await createApiToken(ctx, request.body);
        if (key) await storeIdempotentResponse(ctx.tx, principal, key, 201, presentApiToken(row));
        return presentCreatedApiToken(row, token);
      });
      reply.status(201);
      return body;
    },
  );

  app.post(
    "/api/v1/api-tokens/:id/revoke",
    { schema: { tags, params, response: { 200: apiTokenSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        if (!canManageApiTokens(ctx.actor)) throw notFound("API token");
        const token = await findApiTokenById(ctx.tx, request.params.id);
        if (!token) throw notFound("API token");
        return { status: 200, body: presentApiToken(await revokeApiToken(ctx, token)) };
      }),
  );
}
