import {
  idSchema,
  matchQuerySchema,
  matchResponseSchema,
  personCreateSchema,
  personListQuerySchema,
  personPageSchema,
  personSchema,
  personUpdateSchema,
} from "@approdo/contracts";
import { z } from "zod";
import { inTransaction } from "../../platform/db/transaction.ts";
import { notFound } from "../../platform/errors/app-error.ts";
import { runMutation } from "../../platform/http/mutation.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { registerMergeRoutes } from "./merge.routes.ts";
import { canUsePeople } from "./people.policy.ts";
import { findPerson } from "./people.repository.ts";
import { registerPersonDetailRoutes } from "./person-details.routes.ts";
import { createPerson } from "./use-cases/create-person.ts";
import { findPersonMatches } from "./use-cases/find-person-matches.ts";
import { listPeopleForActor } from "./use-cases/list-people.ts";
import { loadPersonDetail, loadPersonForWrite, readPerson } from "./use-cases/read-person.ts";
import { updatePerson } from "./use-cases/update-person.ts";

const tags = ["people"];
const params = z.object({ id: idSchema });

/** Every route of the people module: records, their details, duplicates and merges. */
export function registerPeopleRoutes(app: AppInstance, deps: AppDeps): void {
  registerPersonRoutes(app, deps);
  registerPersonDetailRoutes(app, deps);
  registerMergeRoutes(app, deps);
}

function registerPersonRoutes(app: AppInstance, { database }: AppDeps): void {
  app.get(
    "/api/v1/people",
    { schema: { tags, querystring: personListQuerySchema, response: { 200: personPageSchema } } },
    async (request) => {
      const actor = actorOf(request);
      return inTransaction(database, actor, metaOf(request), (ctx) => {
        if (!canUsePeople(actor)) throw notFound("person");
        return listPeopleForActor(ctx, request.query);
      });
    },
  );

  app.post(
    "/api/v1/people",
    { schema: { tags, body: personCreateSchema, response: { 201: personSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const organizationId = ctx.actor.organizationId;
        if (!canUsePeople(ctx.actor) || !organizationId) throw notFound("person");
        const id = await createPerson(ctx, organizationId, request.body);
        const row = await findPerson(ctx.tx, id);
        if (!row) throw notFound("person");
        return { status: 201, body: await loadPersonDetail(ctx.tx, row) };
      }),
  );

  app.post(
    "/api/v1/people/matches",
    { schema: { tags, body: matchQuerySchema, response: { 200: matchResponseSchema } } },
    async (request) => {
      const actor = actorOf(request);
      return inTransaction(database, actor, metaOf(request), (ctx) => {
        if (!canUsePeople(actor)) throw notFound("person");
        return findPersonMatches(ctx, request.body);
      });
    },
  );

  app.get(
    "/api/v1/people/:id",
    { schema: { tags, params, response: { 200: personSchema } } },
    async (request) => {
      const actor = actorOf(request);
      return inTransaction(database, actor, metaOf(request), (ctx) => {
        if (!canUsePeople(actor)) throw notFound("person");
        return readPerson(ctx, request.params.id);
      });
    },
  );

  app.patch(
    "/api/v1/people/:id",
    { schema: { tags, params, body: personUpdateSchema, response: { 200: personSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        if (!canUsePeople(ctx.actor)) throw notFound("person");
        const current = await loadPersonForWrite(ctx, request.params.id);
        await updatePerson(ctx, current, request.body);
        const row = await findPerson(ctx.tx, current.id);
        if (!row) throw notFound("person");
        return { status: 200, body: await loadPersonDetail(ctx.tx, row) };
      }),
  );
}
