import { idSchema, mergeBodySchema, personMergeListSchema, personMergeSchema } from "@approdo/contracts";
import { z } from "zod";
import { systemActor } from "../../platform/authz/actor.ts";
import type { TxContext } from "../../platform/db/transaction.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { notFound } from "../../platform/errors/app-error.ts";
import { runMutation } from "../../platform/http/mutation.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { listMerges, type MergeRow } from "./merge.repository.ts";
import { canMergePeople, canUsePeople, undoMergeAccess } from "./people.policy.ts";
import { presentMerge } from "./people.presenter.ts";
import { findPeople, findPerson, type PersonRow } from "./people.repository.ts";
import { mergePeople, sameRecordError } from "./use-cases/merge-people.ts";
import { undoPersonMerge } from "./use-cases/undo-person-merge.ts";

const tags = ["people"];
const params = z.object({ id: idSchema });

/** Both records locked in id order, so two merges of the same pair in opposite directions cannot deadlock. */
async function lockPair(
  ctx: TxContext,
  survivorId: string,
  duplicateId: string,
): Promise<[PersonRow, PersonRow]> {
  const rows = new Map<string, PersonRow>();
  for (const id of [survivorId, duplicateId].sort()) {
    const row = await findPerson(ctx.tx, id, true);
    if (!row) throw notFound("person");
    rows.set(id, row);
  }
  return [rows.get(survivorId) as PersonRow, rows.get(duplicateId) as PersonRow];
}

async function presentMerges(ctx: TxContext, merges: MergeRow[]) {
  const duplicates = new Map(
    (
      await findPeople(
        ctx.tx,
        merges.map((m) => m.duplicateId),
      )
    ).map((p) => [p.id, p]),
  );
  return merges.map((m) => presentMerge(m, duplicates.get(m.duplicateId) ?? null));
}

export function registerMergeRoutes(app: AppInstance, { database }: AppDeps): void {
  app.post(
    "/api/v1/people/:id/merge",
    { schema: { tags, params, body: mergeBodySchema, response: { 201: personMergeSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        if (!canMergePeople(ctx.actor)) throw notFound("person");
        const { id } = request.params;
        if (id === request.body.duplicateId) throw sameRecordError();
        const [survivor, duplicate] = await lockPair(ctx, id, request.body.duplicateId);
        const merge = await mergePeople(ctx, survivor, duplicate);
        return { status: 201, body: presentMerge(merge, await findPerson(ctx.tx, duplicate.id)) };
      }),
  );

  app.get(
    "/api/v1/people/:id/merges",
    { schema: { tags, params, response: { 200: personMergeListSchema } } },
    async (request) => {
      const actor = actorOf(request);
      return inTransaction(database, actor, metaOf(request), async (ctx) => {
        const person = canUsePeople(actor) ? await findPerson(ctx.tx, request.params.id) : null;
        if (!person) throw notFound("person");
        ctx.audit({
          action: "person.merges_listed",
          entityType: "person",
          entityId: person.id,
          organizationId: person.organizationId,
        });
        return { items: await presentMerges(ctx, await listMerges(ctx.tx, person.id)) };
      });
    },
  );

  app.post(
    "/api/v1/people/merges/:mergeId/undo",
    { schema: { tags, params: z.object({ mergeId: idSchema }), response: { 200: personMergeSchema } } },
    async (request, reply) => {
      const actor = actorOf(request);
      const access = undoMergeAccess(actor);
      if (access === "organization") {
        return runMutation(database, request, reply, async (ctx) => {
          const merge = await undoPersonMerge(ctx, request.params.mergeId, ctx.actor);
          return {
            status: 200,
            body: (await presentMerges(ctx, [merge]))[0] as z.infer<typeof personMergeSchema>,
          };
        });
      }
      if (access !== "elevated") throw notFound("merge");
      // THE ONE ELEVATION of the people module. An administrator's scope sees no people, yet must be
      // able to repair a wrong merge: after the policy check above, the undo's data work runs in a
      // system-scope transaction, audited with the administrator as actor ("elevated": true). The
      // answer carries no personal data (no duplicate summary). No Idempotency-Key here: a repeated
      // undo answers 409 MERGE_ALREADY_UNDONE.
      const merge = await inTransaction(database, systemActor, metaOf(request), (ctx) =>
        undoPersonMerge(ctx, request.params.mergeId, actor),
      );
      return presentMerge(merge, null);
    },
  );
}
