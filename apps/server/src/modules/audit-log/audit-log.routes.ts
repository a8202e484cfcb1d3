import { auditEventPageSchema, auditSearchQuerySchema, auditVerifySchema } from "@approdo/contracts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { canReadAuditTrail } from "./audit-log.policy.ts";
import { presentAuditEvent } from "./audit-log.presenter.ts";
import { searchAuditEvents } from "./use-cases/search-audit-events.ts";
import { verifyAuditChain } from "./use-cases/verify-audit-chain.ts";

const tags = ["audit"];

/** Whoever may not read the trail is told it does not exist, exactly like an unknown path. */
const hidden = () => new AppError("NOT_FOUND", "No such path");

export function registerAuditLogRoutes(app: AppInstance, deps: AppDeps): void {
  const { database } = deps;

  app.get(
    "/api/v1/audit-events",
    { schema: { tags, querystring: auditSearchQuerySchema, response: { 200: auditEventPageSchema } } },
    async (request) => {
      const actor = actorOf(request);
      return inTransaction(database, actor, metaOf(request), async (ctx) => {
        if (!canReadAuditTrail(actor)) throw hidden();
        const page = await searchAuditEvents(ctx, request.query);
        return { items: page.items.map(presentAuditEvent), nextCursor: page.nextCursor };
      });
    },
  );

  app.get(
    "/api/v1/audit-events/verify",
    { schema: { tags, response: { 200: auditVerifySchema } } },
    async (request) => {
      const actor = actorOf(request);
      return inTransaction(database, actor, metaOf(request), async (ctx) => {
        if (!canReadAuditTrail(actor)) throw hidden();
        return verifyAuditChain(ctx);
      });
    },
  );
}
