import {
  approvalDecisionSchema,
  approvalListQuerySchema,
  approvalPageSchema,
  approvalSchema,
  idSchema,
} from "@approdo/contracts";
import { z } from "zod";
import { hasRole } from "../../platform/authz/actor.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { notFound } from "../../platform/errors/app-error.ts";
import { runMutation } from "../../platform/http/mutation.ts";
import { pageFrom } from "../../platform/http/pagination.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { canWorkWithCases } from "./cases.policy.ts";
import { presentApproval } from "./cases.presenter.ts";
import { findApproval, findUserNames, listApprovals } from "./cases.repository.ts";
import { timeIdCursor } from "./cases.routes.ts";
import { decideApproval } from "./use-cases/decide-approval.ts";

const tags = ["cases"];
const params = z.object({ id: idSchema });

export function registerApprovalRoutes(app: AppInstance, { database }: AppDeps): void {
  app.get(
    "/api/v1/approvals",
    { schema: { tags, querystring: approvalListQuerySchema, response: { 200: approvalPageSchema } } },
    async (request) => {
      const actor = actorOf(request);
      const { status, limit, cursor } = request.query;
      const after = timeIdCursor(cursor);
      return inTransaction(database, actor, metaOf(request), async (ctx) => {
        if (!canWorkWithCases(actor)) throw notFound("approval");
        // A coordinator's queue is the organisation's; anyone else sees the requests they made.
        const coordinator = hasRole(actor, "org_coordinator");
        const rows = await listApprovals(ctx.tx, {
          organizationId: actor.organizationId,
          requestedBy: coordinator ? null : actor.userId,
          status,
          after,
          limit,
        });
        const page = pageFrom(rows, limit, (r) => [r.requestedAt.toISOString(), r.id]);
        const names = await findUserNames(
          ctx.tx,
          page.items.flatMap((a) => [a.requestedBy, a.decidedBy]).filter((x): x is string => x !== null),
        );
        ctx.audit({
          action: "case.approvals_listed",
          entityType: "case",
          details: { count: page.items.length },
        });
        return { items: page.items.map((a) => presentApproval(a, names)), nextCursor: page.nextCursor };
      });
    },
  );

  app.post(
    "/api/v1/approvals/:id/decision",
    { schema: { tags, params, body: approvalDecisionSchema, response: { 200: approvalSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        await decideApproval(ctx, request.params.id, request.body);
        const row = await findApproval(ctx.tx, request.params.id);
        if (!row) throw notFound("approval");
        const names = await findUserNames(
          ctx.tx,
          [row.requestedBy, row.decidedBy].filter((x): x is string => x !== null),
        );
        return { status: 200, body: presentApproval(row, names) };
      }),
  );
}
