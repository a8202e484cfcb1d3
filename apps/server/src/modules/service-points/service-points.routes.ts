import {
  idSchema,
  servicePointCreateSchema,
  servicePointListQuerySchema,
  servicePointPageSchema,
  servicePointSchema,
  servicePointUpdateSchema,
} from "@approdo/contracts";
import { z } from "zod";
import type { Tx } from "../../platform/db/database.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError, notFound } from "../../platform/errors/app-error.ts";
import { runMutation } from "../../platform/http/mutation.ts";
import { decodeCursor, pageFrom } from "../../platform/http/pagination.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { canManageServicePoints, canReadServicePoints } from "./service-points.policy.ts";
import { presentServicePoint } from "./service-points.presenter.ts";
import { findServicePoint, listServicePoints } from "./service-points.repository.ts";
import { createServicePoint } from "./use-cases/create-service-point.ts";
import { updateServicePoint } from "./use-cases/update-service-point.ts";

const tags = ["service-points"];
const params = z.object({ id: idSchema });

function idCursor(cursor: string | undefined): string | null {
  const key = decodeCursor(cursor, 1);
  if (!key) return null;
  const parsed = idSchema.safeParse(key[0]);
  if (parsed.success) return parsed.data;
  throw new AppError("VALIDATION_FAILED", "The cursor is not valid; start again from the first page", {
    field: "cursor",
  });
}

async function load(tx: Tx, id: string) {
  const row = await findServicePoint(tx, id);
  if (!row) throw notFound("service point");
  return presentServicePoint(row);
}

export function registerServicePointRoutes(app: AppInstance, deps: AppDeps): void {
  const { database } = deps;

  app.get(
    "/api/v1/service-points",
    { schema: { tags, querystring: servicePointListQuerySchema, response: { 200: servicePointPageSchema } } },
    async (request) => {
      const actor = actorOf(request);
      const { organizationId, istatCode, type, limit, cursor } = request.query;
      const after = idCursor(cursor);
      const rows = await inTransaction(database, actor, metaOf(request), ({ tx }) => {
        if (!canReadServicePoints(actor)) throw notFound("service point");
        return listServicePoints(tx, { organizationId, istatCode, type, after, limit });
      });
      const page = pageFrom(rows, limit, (r) => [r.id]);
      return { items: page.items.map(presentServicePoint), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/api/v1/service-points/:id",
    { schema: { tags, params, response: { 200: servicePointSchema } } },
    async (request) => {
      const actor = actorOf(request);
      return inTransaction(database, actor, metaOf(request), ({ tx }) => {
        if (!canReadServicePoints(actor)) throw notFound("service point");
        return load(tx, request.params.id);
      });
    },
  );

  app.post(
    "/api/v1/service-points",
    { schema: { tags, body: servicePointCreateSchema, response: { 201: servicePointSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        if (!canManageServicePoints(ctx.actor)) throw notFound("service point");
        const id = await createServicePoint(ctx, request.body);
        return { status: 201, body: await load(ctx.tx, id) };
      }),
  );

  app.patch(
    "/api/v1/service-points/:id",
    { schema: { tags, params, body: servicePointUpdateSchema, response: { 200: servicePointSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const current = await findServicePoint(ctx.tx, request.params.id, true);
        if (!current || !canManageServicePoints(ctx.actor)) throw notFound("service point");
        await updateServicePoint(ctx, current, request.body);
        return { status: 200, body: await load(ctx.tx, current.id) };
      }),
  );
}
