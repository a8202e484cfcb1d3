import {
  assessmentCreateSchema,
  assessmentListQuerySchema,
  assessmentPageSchema,
  assessmentProgressSchema,
  assessmentSchema,
  idSchema,
} from "@approdo/contracts";
import { z } from "zod";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError, notFound } from "../../platform/errors/app-error.ts";
import { runMutation } from "../../platform/http/mutation.ts";
import { decodeCursor, pageFrom } from "../../platform/http/pagination.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { caseSubjectPeople, loadCaseAccess } from "../cases/index.ts";
import { presentAssessment, presentProgress } from "./assessments.presenter.ts";
import {
  findAssessment,
  listAssessments,
  progressSeries,
  validAssessmentDates,
} from "./assessments.repository.ts";
import { loadDomains } from "./use-cases/load-domains.ts";
import { recordAssessment } from "./use-cases/record-assessment.ts";

const tags = ["assessments"];
const params = z.object({ id: idSchema });

function dateCursor(cursor: string | undefined): [string, string] | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [on, id] = key;
  if (typeof on === "string" && /^\d{4}-\d{2}-\d{2}$/.test(on) && idSchema.safeParse(id).success) {
    return [on, String(id)];
  }
  throw new AppError("VALIDATION_FAILED", "The cursor is not valid; start again from the first page", {
    field: "cursor",
  });
}

export function registerAssessmentRoutes(app: AppInstance, deps: AppDeps): void {
  const { database } = deps;

  app.post(
    "/api/v1/cases/:id/assessments",
    { schema: { tags, params, body: assessmentCreateSchema, response: { 201: assessmentSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const access = await loadCaseAccess(ctx.tx, ctx.actor, request.params.id);
        const id = await recordAssessment(ctx, access, request.body);
        const row = await findAssessment(ctx.tx, access.case.id, id);
        if (!row) throw notFound("assessment");
        return { status: 201, body: presentAssessment(row) };
      }),
  );

  app.get(
    "/api/v1/cases/:id/assessments",
    {
      schema: {
        tags,
        params,
        querystring: assessmentListQuerySchema,
        response: { 200: assessmentPageSchema },
      },
    },
    async (request) => {
      const { limit, cursor, includeSuperseded } = request.query;
      const after = dateCursor(cursor);
      return inTransaction(database, actorOf(request), metaOf(request), async (ctx) => {
        const access = await loadCaseAccess(ctx.tx, ctx.actor, request.params.id);
        const rows = await listAssessments(ctx.tx, {
          caseId: access.case.id,
          after,
          limit,
          includeSuperseded,
        });
        const page = pageFrom(rows, limit, (r) => [r.assessedOn, r.id]);
        ctx.audit({
          action: "assessment.listed",
          entityType: "case",
          entityId: access.case.id,
          organizationId: access.case.organizationId,
          details: { count: page.items.length },
        });
        return { items: page.items.map(presentAssessment), nextCursor: page.nextCursor };
      });
    },
  );

  app.get(
    "/api/v1/cases/:id/assessments/progress",
    { schema: { tags, params, response: { 200: assessmentProgressSchema } } },
    async (request) =>
      inTransaction(database, actorOf(request), metaOf(request), async (ctx) => {
        const access = await loadCaseAccess(ctx.tx, ctx.actor, request.params.id);
        const caseId = access.case.id;
        const [domains, people, dates, series] = [
          await loadDomains(ctx.tx, access.case.organizationId),
          await caseSubjectPeople(ctx.tx, caseId),
          await validAssessmentDates(ctx.tx, caseId),
          await progressSeries(ctx.tx, caseId),
        ];
        ctx.audit({
          action: "assessment.progress_read",
          entityType: "case",
          entityId: caseId,
          organizationId: access.case.organizationId,
          details: { seriesCount: series.length },
        });
        return presentProgress({
          caseId,
          domains,
          canSeeSpecial: access.canSeeSpecial,
          people,
          dates,
          series,
        });
      }),
  );
}
