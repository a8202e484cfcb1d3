import {
  idSchema,
  projectCreateSchema,
  projectDetailSchema,
  projectListQuerySchema,
  projectPageSchema,
  projectUpdateSchema,
} from "@approdo/contracts";
import { z } from "zod";
import type { Tx } from "../../platform/db/database.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError, notFound } from "../../platform/errors/app-error.ts";
import { runMutation } from "../../platform/http/mutation.ts";
import { decodeCursor, pageFrom } from "../../platform/http/pagination.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { canManageProjects, canReadProjects } from "./projects.policy.ts";
import { presentProject, presentProjectDetail } from "./projects.presenter.ts";
import { findPartners, findProject, findTargets, listProjects } from "./projects.repository.ts";
import { createProject } from "./use-cases/create-project.ts";
import { updateProject } from "./use-cases/update-project.ts";

const tags = ["projects"];
const params = z.object({ id: idSchema });

function codeCursor(cursor: string | undefined): string | null {
  const key = decodeCursor(cursor, 1);
  if (!key) return null;
  const [code] = key;
  if (typeof code === "string") return code;
  throw new AppError("VALIDATION_FAILED", "The cursor is not valid; start again from the first page", {
    field: "cursor",
  });
}

async function loadDetail(tx: Tx, id: string) {
  const row = await findProject(tx, id);
  if (!row) throw notFound("project");
  return presentProjectDetail(row, await findPartners(tx, id), await findTargets(tx, id));
}

export function registerProjectRoutes(app: AppInstance, deps: AppDeps): void {
  const { database } = deps;

  app.get(
    "/api/v1/projects",
    { schema: { tags, querystring: projectListQuerySchema, response: { 200: projectPageSchema } } },
    async (request) => {
      const actor = actorOf(request);
      const { q, organizationId, limit, cursor } = request.query;
      const after = codeCursor(cursor);
      const rows = await inTransaction(database, actor, metaOf(request), ({ tx }) => {
        if (!canReadProjects(actor)) throw notFound("project");
        return listProjects(tx, { q, organizationId, after, limit });
      });
      const page = pageFrom(rows, limit, (r) => [r.sortCode]);
      return { items: page.items.map(presentProject), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/api/v1/projects/:id",
    { schema: { tags, params, response: { 200: projectDetailSchema } } },
    async (request) => {
      const actor = actorOf(request);
      return inTransaction(database, actor, metaOf(request), ({ tx }) => {
        if (!canReadProjects(actor)) throw notFound("project");
        return loadDetail(tx, request.params.id);
      });
    },
  );

  app.post(
    "/api/v1/projects",
    { schema: { tags, body: projectCreateSchema, response: { 201: projectDetailSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        if (!canManageProjects(ctx.actor)) throw notFound("project");
        const id = await createProject(ctx, request.body);
        return { status: 201, body: await loadDetail(ctx.tx, id) };
      }),
  );

  app.patch(
    "/api/v1/projects/:id",
    { schema: { tags, params, body: projectUpdateSchema, response: { 200: projectDetailSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const current = await findProject(ctx.tx, request.params.id, true);
        if (!current || !canManageProjects(ctx.actor)) throw notFound("project");
        await updateProject(ctx, current, request.body);
        return { status: 200, body: await loadDetail(ctx.tx, current.id) };
      }),
  );
}
