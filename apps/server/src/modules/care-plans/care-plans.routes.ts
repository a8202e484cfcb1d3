import {
  idSchema,
  planActionStatusUpdateSchema,
  planAgreementSchema,
  planCreateSchema,
  planDecisionSchema,
  planDetailSchema,
  planListQuerySchema,
  planPageSchema,
  planReplaceSchema,
  planUpdateSchema,
  planVersionPageSchema,
  planVersionSchema,
} from "@approdo/contracts";
import { z } from "zod";
import type { Tx } from "../../platform/db/database.ts";
import { inTransaction, type TxContext } from "../../platform/db/transaction.ts";
import { AppError, notFound } from "../../platform/errors/app-error.ts";
import { runMutation } from "../../platform/http/mutation.ts";
import { decodeCursor, pageFrom } from "../../platform/http/pagination.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { type CaseAccess, loadCaseAccess } from "../cases/index.ts";
import {
  presentPlan,
  presentPlanDetail,
  presentVersion,
  presentVersionSummary,
} from "./care-plans.presenter.ts";
import { findPlan, findVersion, listPlans, listVersions, type PlanRow } from "./care-plans.repository.ts";
import { createPlan } from "./use-cases/create-plan.ts";
import { approvePlan, submitPlan } from "./use-cases/decide-plan.ts";
import { editPlan } from "./use-cases/edit-plan.ts";
import { recordAgreement } from "./use-cases/record-agreement.ts";
import { updateActionProgress } from "./use-cases/update-action-status.ts";

const tags = ["care plans"];
const caseParams = z.object({ id: idSchema });
const planParams = z.object({ id: idSchema, planId: idSchema });
const versionParams = planParams.extend({ number: z.coerce.number().int().positive() });
const actionParams = planParams.extend({ actionId: idSchema });
const detail = { 200: planDetailSchema };

function cursorValue(cursor: string | undefined, valid: (v: unknown) => boolean): string | number | null {
  const key = decodeCursor(cursor, 1);
  if (!key) return null;
  if (valid(key[0])) return key[0] as string | number;
  throw new AppError("VALIDATION_FAILED", "The cursor is not valid; start again from the first page", {
    field: "cursor",
  });
}

/** The plan as the caller now sees it (after a change: new version, content, status). */
async function loadDetail(tx: Tx, access: CaseAccess, planId: string) {
  const plan = await findPlan(tx, access.case.id, planId);
  const current = plan ? await findVersion(tx, plan.id, plan.currentVersion) : null;
  if (!plan || !current) throw notFound("plan");
  return presentPlanDetail(plan, current, access.canSeeSpecial);
}

/** A visible case's plan, locked until commit for a change. */
async function loadForChange(ctx: TxContext, caseId: string, planId: string): Promise<[CaseAccess, PlanRow]> {
  const access = await loadCaseAccess(ctx.tx, ctx.actor, caseId);
  const plan = await findPlan(ctx.tx, access.case.id, planId, true);
  if (!plan) throw notFound("plan");
  return [access, plan];
}

function readAudit(ctx: TxContext, access: CaseAccess, action: string, details: Record<string, unknown>) {
  ctx.audit({
    action,
    entityType: "case",
    entityId: access.case.id,
    organizationId: access.case.organizationId,
    details,
  });
}

export function registerPlanRoutes(app: AppInstance, deps: AppDeps): void {
  const { database } = deps;
  const base = "/api/v1/cases/:id/plans";

  app.post(
    base,
    { schema: { tags, params: caseParams, body: planCreateSchema, response: { 201: planDetailSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const access = await loadCaseAccess(ctx.tx, ctx.actor, request.params.id);
        const id = await createPlan(ctx, access, request.body);
        return { status: 201, body: await loadDetail(ctx.tx, access, id) };
      }),
  );

  app.get(
    base,
    {
      schema: {
        tags,
        params: caseParams,
        querystring: planListQuerySchema,
        response: { 200: planPageSchema },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      const after = cursorValue(cursor, (v) => idSchema.safeParse(v).success) as string | null;
      return inTransaction(database, actorOf(request), metaOf(request), async (ctx) => {
        const access = await loadCaseAccess(ctx.tx, ctx.actor, request.params.id);
        const page = pageFrom(
          await listPlans(ctx.tx, { caseId: access.case.id, after, limit }),
          limit,
          (r) => [r.id],
        );
        readAudit(ctx, access, "care_plan.listed", { count: page.items.length });
        return { items: page.items.map(presentPlan), nextCursor: page.nextCursor };
      });
    },
  );

  app.get(`${base}/:planId`, { schema: { tags, params: planParams, response: detail } }, async (request) =>
    inTransaction(database, actorOf(request), metaOf(request), async (ctx) => {
      const access = await loadCaseAccess(ctx.tx, ctx.actor, request.params.id);
      const body = await loadDetail(ctx.tx, access, request.params.planId);
      readAudit(ctx, access, "care_plan.read", { planId: body.id, version: body.currentVersion });
      return body;
    }),
  );

  for (const method of ["PUT", "PATCH"] as const) {
    const body = method === "PUT" ? planReplaceSchema : planUpdateSchema;
    app.route({
      method,
      url: `${base}/:planId`,
      schema: { tags, params: planParams, body, response: detail },
      handler: async (request, reply) =>
        runMutation(database, request, reply, async (ctx) => {
          const { id, planId } = planParams.parse(request.params);
          const parsed = body.parse(request.body);
          const input = method === "PUT" ? { ...parsed, nextReviewOn: parsed.nextReviewOn ?? null } : parsed;
          const [access, plan] = await loadForChange(ctx, id, planId);
          await editPlan(ctx, access, plan, input);
          return { status: 200, body: await loadDetail(ctx.tx, access, plan.id) };
        }),
    });
  }

  app.post(
    `${base}/:planId/submit`,
    { schema: { tags, params: planParams, body: planDecisionSchema, response: detail } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const [access, plan] = await loadForChange(ctx, request.params.id, request.params.planId);
        await submitPlan(ctx, access, plan, request.body.version);
        return { status: 200, body: await loadDetail(ctx.tx, access, plan.id) };
      }),
  );

  app.post(
    `${base}/:planId/approve`,
    { schema: { tags, params: planParams, body: planDecisionSchema, response: detail } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const [access, plan] = await loadForChange(ctx, request.params.id, request.params.planId);
        await approvePlan(ctx, access, plan, request.body.version);
        return { status: 200, body: await loadDetail(ctx.tx, access, plan.id) };
      }),
  );

  app.patch(
    `${base}/:planId/actions/:actionId`,
    { schema: { tags, params: actionParams, body: planActionStatusUpdateSchema, response: detail } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const [access, plan] = await loadForChange(ctx, request.params.id, request.params.planId);
        await updateActionProgress(ctx, access, plan, request.params.actionId, request.body);
        return { status: 200, body: await loadDetail(ctx.tx, access, plan.id) };
      }),
  );

  app.get(
    `${base}/:planId/versions`,
    {
      schema: {
        tags,
        params: planParams,
        querystring: planListQuerySchema,
        response: { 200: planVersionPageSchema },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      const before = cursorValue(cursor, (v) => Number.isInteger(v)) as number | null;
      return inTransaction(database, actorOf(request), metaOf(request), async (ctx) => {
        const access = await loadCaseAccess(ctx.tx, ctx.actor, request.params.id);
        const plan = await findPlan(ctx.tx, access.case.id, request.params.planId);
        if (!plan) throw notFound("plan");
        const page = pageFrom(await listVersions(ctx.tx, { planId: plan.id, before, limit }), limit, (r) => [
          r.number,
        ]);
        readAudit(ctx, access, "care_plan.versions_listed", { planId: plan.id, count: page.items.length });
        return { items: page.items.map(presentVersionSummary), nextCursor: page.nextCursor };
      });
    },
  );

  app.get(
    `${base}/:planId/versions/:number`,
    { schema: { tags, params: versionParams, response: { 200: planVersionSchema } } },
    async (request) =>
      inTransaction(database, actorOf(request), metaOf(request), async (ctx) => {
        const access = await loadCaseAccess(ctx.tx, ctx.actor, request.params.id);
        const plan = await findPlan(ctx.tx, access.case.id, request.params.planId);
        const version = plan ? await findVersion(ctx.tx, plan.id, request.params.number) : null;
        if (!version) throw notFound("plan version");
        readAudit(ctx, access, "care_plan.version_read", { planId: version.planId, version: version.number });
        return presentVersion(version, access.canSeeSpecial);
      }),
  );

  app.post(
    `${base}/:planId/versions/:number/agreement`,
    {
      schema: {
        tags,
        params: versionParams,
        body: planAgreementSchema,
        response: { 200: planVersionSchema },
      },
    },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const [access, plan] = await loadForChange(ctx, request.params.id, request.params.planId);
        await recordAgreement(ctx, access, plan, request.params.number, request.body);
        const version = await findVersion(ctx.tx, plan.id, request.params.number);
        if (!version) throw notFound("plan version");
        return { status: 200, body: presentVersion(version, access.canSeeSpecial) };
      }),
  );
}
