import {
  caseloadQuerySchema,
  caseloadSchema,
  idSchema,
  timelinePageSchema,
  timelineQuerySchema,
  worklistSchema,
} from "@approdo/contracts";
import { z } from "zod";
import { hasRole } from "../../platform/authz/actor.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { notFound } from "../../platform/errors/app-error.ts";
import { pageFrom } from "../../platform/http/pagination.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { loadCase } from "./access.ts";
import { canSeeCaseload, canWorkWithCases } from "./cases.policy.ts";
import { presentApproval, presentUser } from "./cases.presenter.ts";
import { findCaseUsers, findUserNames, listApprovals } from "./cases.repository.ts";
import { timeIdCursor } from "./cases.routes.ts";
import { todayInItaly } from "./cases.rules.ts";
import { findTimelinePage } from "./timeline.repository.ts";
import {
  caseloadCounts,
  caseloadWaits,
  countMyOpenCases,
  countPendingApprovals,
  findMyOpenCases,
  findMyReminders,
} from "./views.repository.ts";

const tags = ["cases"];
const params = z.object({ id: idSchema });

export function registerViewRoutes(app: AppInstance, { database }: AppDeps): void {
  app.get("/api/v1/worklist", { schema: { tags, response: { 200: worklistSchema } } }, async (request) => {
    const actor = actorOf(request);
    return inTransaction(database, actor, metaOf(request), async (ctx) => {
      if (!canWorkWithCases(actor) || !actor.userId) throw notFound("worklist");
      const coordinator = hasRole(actor, "org_coordinator");
      const [cases, byState, reminders] = await Promise.all([
        findMyOpenCases(ctx.tx, actor.userId, 200),
        countMyOpenCases(ctx.tx, actor.userId),
        findMyReminders(ctx.tx, actor.userId, todayInItaly(), 100),
      ]);
      const approvals = coordinator
        ? (
            await listApprovals(ctx.tx, {
              organizationId: actor.organizationId,
              requestedBy: null,
              status: "pending",
              after: null,
              limit: 50,
            })
          ).filter((a) => a.requestedBy !== actor.userId)
        : [];
      const approvalCount = coordinator
        ? await countPendingApprovals(ctx.tx, actor.organizationId, actor.userId)
        : 0;
      const names = await findUserNames(
        ctx.tx,
        approvals.map((a) => a.requestedBy).filter((x): x is string => x !== null),
      );
      ctx.audit({ action: "case.worklist_read", entityType: "case", details: { cases: cases.length } });
      return {
        cases: cases.map((c) => ({
          ...c,
          state: c.state as "referred",
          teamRole: c.teamRole as "case_manager" | null,
          lastActivityAt: c.lastActivityAt.toISOString(),
        })),
        approvals: approvals.slice(0, 50).map((a) => presentApproval(a, names)),
        reminders: reminders.items,
        counts: {
          cases: Object.values(byState).reduce((a, b) => a + b, 0),
          casesByState: byState,
          approvals: approvalCount,
          reminders: reminders.total,
          remindersOverdue: reminders.overdue,
        },
      };
    });
  });

  app.get(
    "/api/v1/cases/caseload",
    { schema: { tags, querystring: caseloadQuerySchema, response: { 200: caseloadSchema } } },
    async (request) => {
      const actor = actorOf(request);
      const { organizationId: asked, scope, projectId } = request.query;
      return inTransaction(database, actor, metaOf(request), async (ctx) => {
        if (!canWorkWithCases(actor)) throw notFound("organization");
        const organizationId = asked ?? actor.organizationId;
        // The whole organisation's caseload is its coordinator's; "my team's cases" any case worker's.
        const allowed =
          scope === "team" ? organizationId === actor.organizationId : canSeeCaseload(actor, organizationId);
        if (!allowed) throw notFound("organization");
        const filter = {
          organizationId,
          projectId,
          managedWithin: scope === "team" ? actor.organizationId : undefined,
        };
        const [counts, waits] = await Promise.all([
          caseloadCounts(ctx.tx, filter),
          caseloadWaits(ctx.tx, filter),
        ]);
        const byState: Record<string, number> = {};
        const operators = new Map<
          string,
          {
            userId: string | null;
            displayName: string | null;
            byState: Record<string, number>;
            total: number;
          }
        >();
        for (const r of counts.byOperator) {
          byState[r.state] = (byState[r.state] ?? 0) + r.n;
          const key = r.userId ?? "";
          const op = operators.get(key) ?? {
            userId: r.userId,
            displayName: r.displayName,
            byState: {},
            total: 0,
          };
          op.byState[r.state] = r.n;
          op.total += r.n;
          operators.set(key, op);
        }
        ctx.audit({
          action: "case.caseload_read",
          entityType: "organization",
          entityId: organizationId,
          organizationId,
        });
        return {
          organizationId,
          total: Object.values(byState).reduce((a, b) => a + b, 0),
          byState,
          byOperator: [...operators.values()],
          waitingTimes: waits,
        };
      });
    },
  );

  app.get(
    "/api/v1/cases/:id/timeline",
    { schema: { tags, params, querystring: timelineQuerySchema, response: { 200: timelinePageSchema } } },
    async (request) => {
      const { limit, cursor } = request.query;
      const after = timeIdCursor(cursor);
      return inTransaction(database, actorOf(request), metaOf(request), async (ctx) => {
        const loaded = await loadCase(ctx.tx, ctx.actor, request.params.id);
        const rows = await findTimelinePage(ctx.tx, loaded.case.id, {
          special: loaded.canSeeSpecial,
          after,
          limit,
        });
        const page = pageFrom(rows, limit, (r) => [r.at, r.id]);
        const names = await findCaseUsers(ctx.tx, loaded.case.id);
        const missing = page.items.map((r) => r.by).filter((x): x is string => x !== null && !names.has(x));
        for (const [k, v] of await findUserNames(ctx.tx, missing)) names.set(k, v);
        ctx.audit({
          action: "case.timeline_read",
          entityType: "case",
          entityId: loaded.case.id,
          organizationId: loaded.case.organizationId,
          details: { count: page.items.length },
        });
        return {
          items: page.items.map((r) => ({ ...r, by: presentUser(r.by, names) })),
          nextCursor: page.nextCursor,
        };
      });
    },
  );
}
