import {
  type CaseDetail,
  type CaseState,
  caseCreateSchema,
  caseDetailSchema,
  caseListQuerySchema,
  casePageSchema,
  caseTransitionCreateSchema,
  caseTransitionPendingSchema,
  caseUpdateSchema,
  idSchema,
} from "@approdo/contracts";
import { z } from "zod";
import type { Actor } from "../../platform/authz/actor.ts";
import type { Tx } from "../../platform/db/database.ts";
import { inTransaction, type TxContext } from "../../platform/db/transaction.ts";
import { AppError, notFound } from "../../platform/errors/app-error.ts";
import { runMutation } from "../../platform/http/mutation.ts";
import { decodeCursor, pageFrom } from "../../platform/http/pagination.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { loadCase } from "./access.ts";
import { registerApprovalRoutes } from "./approvals.routes.ts";
import { canManageCase, canTransitionCase, canWorkWithCases } from "./cases.policy.ts";
import { presentCase, presentCaseDetail } from "./cases.presenter.ts";
import {
  findCaseUsers,
  findPendingApprovals,
  findSubjectPeople,
  findTeam,
  findUserNames,
  findVisibleHousehold,
} from "./cases.repository.ts";
import { registerTeamRoutes } from "./team.routes.ts";
import { openCase } from "./use-cases/open-case.ts";
import { transitionCase } from "./use-cases/transition-case.ts";
import { updateCaseDetails } from "./use-cases/update-case.ts";
import { listCases } from "./views.repository.ts";
import { registerViewRoutes } from "./views.routes.ts";

const tags = ["cases"];
const params = z.object({ id: idSchema });

/** A keyset cursor of (timestamp text, uuid). */
export function timeIdCursor(cursor: string | undefined): [string, string] | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [at, id] = key;
  if (typeof at === "string" && !Number.isNaN(Date.parse(at)) && idSchema.safeParse(id).success)
    return [at, String(id)];
  throw new AppError("VALIDATION_FAILED", "The cursor is not valid; start again from the first page", {
    field: "cursor",
  });
}

/** The case page: the case, its subject (names as the reader may see them), team, pending approval. */
export async function caseDetail(tx: Tx, actor: Actor, caseId: string) {
  const loaded = await loadCase(tx, actor, caseId);
  const row = loaded.row;
  const [people, team, pending, names, household] = await Promise.all([
    findSubjectPeople(tx, row.id),
    findTeam(tx, row.id),
    findPendingApprovals(tx, row.id),
    findCaseUsers(tx, row.id),
    row.householdId ? findVisibleHousehold(tx, row.householdId) : Promise.resolve(null),
  ]);
  const pendingApproval = pending.find((a) => a.id === row.pendingApprovalId) ?? pending[0] ?? null;
  if (pendingApproval) {
    const more = await findUserNames(
      tx,
      [pendingApproval.requestedBy, pendingApproval.decidedBy].filter(
        (x): x is string => x !== null && !names.has(x),
      ),
    );
    for (const [k, v] of more) names.set(k, v);
  }
  return presentCaseDetail(loaded, {
    row,
    householdLabel: household?.label ?? null,
    people,
    team,
    pendingApproval,
    names,
    canManage: canManageCase(actor, loaded.case, loaded),
    canTransition: canTransitionCase(actor, loaded.case, loaded),
  });
}

async function detailAudited(ctx: TxContext, caseId: string, action = "case.read") {
  const body = await caseDetail(ctx.tx, ctx.actor, caseId);
  if (action === "case.read") {
    ctx.audit({
      action,
      entityType: "case",
      entityId: body.id,
      organizationId: body.organizationId,
      details: { personIds: body.subject.people.map((p) => p.personId) },
    });
  }
  return body;
}

export function registerCaseRoutes(app: AppInstance, deps: AppDeps): void {
  const { database } = deps;
  const detail = { 200: caseDetailSchema };

  app.get(
    "/api/v1/cases",
    { schema: { tags, querystring: caseListQuerySchema, response: { 200: casePageSchema } } },
    async (request) => {
      const actor = actorOf(request);
      const { limit, cursor, assignedTo, ...filters } = request.query;
      const after = timeIdCursor(cursor);
      return inTransaction(database, actor, metaOf(request), async (ctx) => {
        if (!canWorkWithCases(actor)) throw notFound("case");
        const rows = await listCases(ctx.tx, {
          ...filters,
          assignedTo: assignedTo === "me" ? (actor.userId ?? undefined) : assignedTo,
          after,
          limit,
        });
        const page = pageFrom(rows, limit, (r) => [r.updatedKey, r.id]);
        ctx.audit({ action: "case.listed", entityType: "case", details: { count: page.items.length } });
        return {
          items: page.items.map((r) => ({
            ...presentCase(r),
            subjectLabel: r.subjectLabel,
            caseManagerName: r.caseManagerName,
            nextDueOn: r.nextDueOn,
          })),
          nextCursor: page.nextCursor,
        };
      });
    },
  );

  app.post(
    "/api/v1/cases",
    { schema: { tags, body: caseCreateSchema, response: { 201: caseDetailSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const id = await openCase(ctx, request.body);
        return { status: 201, body: await detailAudited(ctx, id, "case.created") };
      }),
  );

  app.get("/api/v1/cases/:id", { schema: { tags, params, response: detail } }, async (request) =>
    inTransaction(database, actorOf(request), metaOf(request), (ctx) =>
      detailAudited(ctx, request.params.id),
    ),
  );

  app.patch(
    "/api/v1/cases/:id",
    { schema: { tags, params, body: caseUpdateSchema, response: detail } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const loaded = await loadCase(ctx.tx, ctx.actor, request.params.id, true);
        await updateCaseDetails(ctx, loaded, request.body);
        return { status: 200, body: await detailAudited(ctx, loaded.case.id, "case.updated") };
      }),
  );

  app.post(
    "/api/v1/cases/:id/transitions",
    {
      schema: {
        tags,
        params,
        body: caseTransitionCreateSchema,
        response: { 200: caseDetailSchema, 202: caseTransitionPendingSchema },
      },
    },
    async (request, reply) =>
      runMutation<CaseDetail | { approvalId: string; state: CaseState }>(
        database,
        request,
        reply,
        async (ctx) => {
          const loaded = await loadCase(ctx.tx, ctx.actor, request.params.id, true);
          const result = await transitionCase(ctx, loaded, request.body);
          if (!result.applied)
            return { status: 202, body: { approvalId: result.approvalId, state: loaded.case.state } };
          return { status: 200, body: await detailAudited(ctx, loaded.case.id, "case.transitioned") };
        },
      ),
  );

  registerTeamRoutes(app, deps);
  registerApprovalRoutes(app, deps);
  registerViewRoutes(app, deps);
}
