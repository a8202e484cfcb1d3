import {
  idSchema,
  networkListQuerySchema,
  networkPageSchema,
  territoryListQuerySchema,
  territoryPageSchema,
} from "@approdo/contracts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError, notFound } from "../../platform/errors/app-error.ts";
import { decodeCursor, pageFrom } from "../../platform/http/pagination.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { canReadReferenceData } from "./territories.policy.ts";
import { presentNetwork, presentTerritory } from "./territories.presenter.ts";
import { listNetworks, searchTerritories } from "./territories.repository.ts";

const tags = ["territories"];

/** A (name, key) cursor; `isKey` guards the values that reach SQL casts. */
function nameCursor(cursor: string | undefined, isKey: (v: string) => boolean): [string, string] | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [name, id] = key;
  if (typeof name === "string" && typeof id === "string" && isKey(id)) return [name, id];
  throw new AppError("VALIDATION_FAILED", "The cursor is not valid; start again from the first page", {
    field: "cursor",
  });
}

export function registerTerritoryRoutes(app: AppInstance, deps: AppDeps): void {
  const { database } = deps;

  app.get(
    "/api/v1/territories",
    { schema: { tags, querystring: territoryListQuerySchema, response: { 200: territoryPageSchema } } },
    async (request) => {
      const actor = actorOf(request);
      const { q, limit, cursor } = request.query;
      const after = nameCursor(cursor, (v) => /^\d{6}$/.test(v));
      const rows = await inTransaction(database, actor, metaOf(request), ({ tx }) => {
        if (!canReadReferenceData(actor)) throw notFound("territory");
        return searchTerritories(tx, { q, after, limit });
      });
      const page = pageFrom(rows, limit, (r) => [r.sortName, r.istatCode]);
      return { items: page.items.map(presentTerritory), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/api/v1/networks",
    { schema: { tags, querystring: networkListQuerySchema, response: { 200: networkPageSchema } } },
    async (request) => {
      const actor = actorOf(request);
      const { limit, cursor } = request.query;
      const after = nameCursor(cursor, (v) => idSchema.safeParse(v).success);
      const rows = await inTransaction(database, actor, metaOf(request), ({ tx }) => {
        if (!canReadReferenceData(actor)) throw notFound("network");
        return listNetworks(tx, { after, limit });
      });
      const page = pageFrom(rows, limit, (r) => [r.sortName, r.id]);
      return { items: page.items.map(presentNetwork), nextCursor: page.nextCursor };
    },
  );
}
