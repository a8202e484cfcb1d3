import {
  idSchema,
  organizationCreateSchema,
  organizationDetailSchema,
  organizationListQuerySchema,
  organizationPageSchema,
  organizationUpdateSchema,
} from "@approdo/contracts";
import { z } from "zod";
import type { Tx } from "../../platform/db/database.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError, notFound } from "../../platform/errors/app-error.ts";
import { runMutation } from "../../platform/http/mutation.ts";
import { decodeCursor, pageFrom } from "../../platform/http/pagination.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { canManageOrganizations, canReadOrganizations } from "./organizations.policy.ts";
import { presentOrganization, presentOrganizationDetail } from "./organizations.presenter.ts";
import { findMemberships, findOrganization, listOrganizations } from "./organizations.repository.ts";
import { createOrganization } from "./use-cases/create-organization.ts";
import { updateOrganization } from "./use-cases/update-organization.ts";

const tags = ["organizations"];
const params = z.object({ id: idSchema });

function nameCursor(cursor: string | undefined): [string, string] | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [name, id] = key;
  if (typeof name === "string" && idSchema.safeParse(id).success) return [name, String(id)];
  throw new AppError("VALIDATION_FAILED", "The cursor is not valid; start again from the first page", {
    field: "cursor",
  });
}

async function loadDetail(tx: Tx, id: string) {
  const row = await findOrganization(tx, id);
  if (!row) throw notFound("organization");
  return presentOrganizationDetail(row, await findMemberships(tx, id));
}

export function registerOrganizationRoutes(app: AppInstance, deps: AppDeps): void {
  const { database } = deps;

  app.get(
    "/api/v1/organizations",
    { schema: { tags, querystring: organizationListQuerySchema, response: { 200: organizationPageSchema } } },
    async (request) => {
      const actor = actorOf(request);
      const { q, type, limit, cursor } = request.query;
      const after = nameCursor(cursor);
      const rows = await inTransaction(database, actor, metaOf(request), ({ tx }) => {
        if (!canReadOrganizations(actor)) throw notFound("organization");
        return listOrganizations(tx, { q, type, after, limit });
      });
      const page = pageFrom(rows, limit, (r) => [r.sortName, r.id]);
      return { items: page.items.map(presentOrganization), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/api/v1/organizations/:id",
    { schema: { tags, params, response: { 200: organizationDetailSchema } } },
    async (request) => {
      const actor = actorOf(request);
      return inTransaction(database, actor, metaOf(request), ({ tx }) => {
        if (!canReadOrganizations(actor)) throw notFound("organization");
        return loadDetail(tx, request.params.id);
      });
    },
  );

  app.post(
    "/api/v1/organizations",
    { schema: { tags, body: organizationCreateSchema, response: { 201: organizationDetailSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        if (!canManageOrganizations(ctx.actor)) throw notFound("organization");
        const id = await createOrganization(ctx, request.body);
        return { status: 201, body: await loadDetail(ctx.tx, id) };
      }),
  );

  app.patch(
    "/api/v1/organizations/:id",
    {
      schema: { tags, params, body: organizationUpdateSchema, response: { 200: organizationDetailSchema } },
    },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const current = await findOrganization(ctx.tx, request.params.id, true);
        if (!current || !canManageOrganizations(ctx.actor)) throw notFound("organization");
        await updateOrganization(ctx, current, request.body);
        return { status: 200, body: await loadDetail(ctx.tx, current.id) };
      }),
  );
}
