import {
  householdCreateSchema,
  householdDetailSchema,
  householdListQuerySchema,
  householdMemberAddSchema,
  householdMemberLeaveSchema,
  householdPageSchema,
  householdReferenceSchema,
  householdUpdateSchema,
  idSchema,
} from "@approdo/contracts";
import { z } from "zod";
import type { Tx } from "../../platform/db/database.ts";
import { inTransaction, type TxContext } from "../../platform/db/transaction.ts";
import { AppError, notFound } from "../../platform/errors/app-error.ts";
import { runMutation } from "../../platform/http/mutation.ts";
import { decodeCursor, pageFrom } from "../../platform/http/pagination.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { registerPersonReferenceMover } from "../people/index.ts";
import { canUseHousehold, canWorkWithHouseholds } from "./households.policy.ts";
import { presentHousehold, presentHouseholdDetail } from "./households.presenter.ts";
import {
  findHousehold,
  findMember,
  findMembers,
  type HouseholdRow,
  listHouseholds,
} from "./households.repository.ts";
import { todayInItaly } from "./households.rules.ts";
import { addMember } from "./use-cases/add-member.ts";
import { createHousehold } from "./use-cases/create-household.ts";
import { leaveHousehold } from "./use-cases/leave-household.ts";
import { moveMemberships, restoreMemberships } from "./use-cases/move-person-memberships.ts";
import { setReferencePerson } from "./use-cases/set-reference-person.ts";
import { updateHousehold } from "./use-cases/update-household.ts";

const tags = ["households"];
const params = z.object({ id: idSchema });
const memberParams = z.object({ id: idSchema, memberId: idSchema });

function labelCursor(cursor: string | undefined): [string, string] | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [label, id] = key;
  if (typeof label === "string" && idSchema.safeParse(id).success) return [label, String(id)];
  throw new AppError("VALIDATION_FAILED", "The cursor is not valid; start again from the first page", {
    field: "cursor",
  });
}

async function presentLoaded(tx: Tx, row: HouseholdRow) {
  return presentHouseholdDetail(row, await findMembers(tx, row.id), todayInItaly());
}

/** Re-read after a change, so the answer shows the new version and members. */
async function loadDetail(tx: Tx, id: string) {
  const row = await findHousehold(tx, id);
  if (!row) throw notFound("household");
  return presentLoaded(tx, row);
}

/** A household about to change, locked until commit; another organisation's or a missing one is 404. */
async function loadForChange(ctx: TxContext, id: string): Promise<HouseholdRow> {
  if (!canWorkWithHouseholds(ctx.actor)) throw notFound("household");
  const household = await findHousehold(ctx.tx, id, true);
  if (!household || !canUseHousehold(ctx.actor, household)) throw notFound("household");
  return household;
}

export function registerHouseholdRoutes(app: AppInstance, deps: AppDeps): void {
  const { database } = deps;
  // When two person records are merged, the duplicate's memberships follow the survivor (and back on undo).
  registerPersonReferenceMover({
    name: "household_members",
    move: moveMemberships,
    restore: restoreMemberships,
  });
  const detail = { 200: householdDetailSchema };

  app.get(
    "/api/v1/households",
    { schema: { tags, querystring: householdListQuerySchema, response: { 200: householdPageSchema } } },
    async (request) => {
      const actor = actorOf(request);
      const { q, limit, cursor } = request.query;
      const after = labelCursor(cursor);
      return inTransaction(database, actor, metaOf(request), async (ctx) => {
        if (!canWorkWithHouseholds(actor)) throw notFound("household");
        const rows = await listHouseholds(ctx.tx, { organizationId: actor.organizationId, q, after, limit });
        const page = pageFrom(rows, limit, (r) => [r.sortLabel, r.id]);
        ctx.audit({
          action: "household.listed",
          entityType: "household",
          details: { count: page.items.length },
        });
        return { items: page.items.map(presentHousehold), nextCursor: page.nextCursor };
      });
    },
  );

  app.get("/api/v1/households/:id", { schema: { tags, params, response: detail } }, async (request) => {
    const actor = actorOf(request);
    return inTransaction(database, actor, metaOf(request), async (ctx) => {
      const household = canWorkWithHouseholds(actor) ? await findHousehold(ctx.tx, request.params.id) : null;
      if (!household || !canUseHousehold(actor, household)) throw notFound("household");
      ctx.audit({ action: "household.read", entityType: "household", entityId: household.id });
      return presentLoaded(ctx.tx, household);
    });
  });

  app.post(
    "/api/v1/households",
    { schema: { tags, body: householdCreateSchema, response: { 201: householdDetailSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        if (!canWorkWithHouseholds(ctx.actor)) throw notFound("household");
        const id = await createHousehold(ctx, ctx.actor.organizationId, request.body);
        return { status: 201, body: await loadDetail(ctx.tx, id) };
      }),
  );

  app.patch(
    "/api/v1/households/:id",
    { schema: { tags, params, body: householdUpdateSchema, response: detail } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const household = await loadForChange(ctx, request.params.id);
        await updateHousehold(ctx, household, request.body);
        return { status: 200, body: await loadDetail(ctx.tx, household.id) };
      }),
  );

  app.post(
    "/api/v1/households/:id/members",
    { schema: { tags, params, body: householdMemberAddSchema, response: { 201: householdDetailSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const household = await loadForChange(ctx, request.params.id);
        await addMember(ctx, household, request.body);
        return { status: 201, body: await loadDetail(ctx.tx, household.id) };
      }),
  );

  app.post(
    "/api/v1/households/:id/members/:memberId/leave",
    { schema: { tags, params: memberParams, body: householdMemberLeaveSchema, response: detail } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const household = await loadForChange(ctx, request.params.id);
        const member = await findMember(ctx.tx, household.id, request.params.memberId);
        if (!member) throw notFound("household member");
        await leaveHousehold(ctx, household, member, request.body);
        return { status: 200, body: await loadDetail(ctx.tx, household.id) };
      }),
  );

  app.post(
    "/api/v1/households/:id/reference",
    { schema: { tags, params, body: householdReferenceSchema, response: detail } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const household = await loadForChange(ctx, request.params.id);
        await setReferencePerson(ctx, household, request.body);
        return { status: 200, body: await loadDetail(ctx.tx, household.id) };
      }),
  );
}
