import { idSchema, planPdfQuerySchema } from "@approdo/contracts";
import { z } from "zod";
import { inTransaction } from "../../platform/db/transaction.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { loadCaseAccess } from "../cases/index.ts";
import { ChromiumPrinter, chromiumPath } from "./pdf/chromium-printer.ts";
import { buildPlanSummaryHtml } from "./pdf/plan-summary.html.ts";
import { planSummaryModel } from "./use-cases/plan-summary.ts";

const params = z.object({ id: idSchema });

/**
 * GET /cases/{id}/plan.pdf?lang=it|en|fr|ar(&planId=&version=): the printable plan summary in the
 * beneficiary's language. The data is read (and the download audited) in one short transaction;
 * Chromium prints after it, so a slow print never holds the database. 503 PDF_UNAVAILABLE without
 * Chromium.
 */
export function registerPlanPdfRoutes(app: AppInstance, deps: AppDeps): void {
  const printer = new ChromiumPrinter(chromiumPath());
  app.addHook("onClose", async () => {
    await printer.close();
  });

  app.get(
    "/api/v1/cases/:id/plan.pdf",
    {
      schema: {
        tags: ["care plans"],
        params,
        querystring: planPdfQuerySchema,
        produces: ["application/pdf"],
        response: { 200: z.any().describe("The plan summary, application/pdf") },
      },
    },
    async (request, reply) => {
      printer.assertAvailable();
      const { model, planId, number } = await inTransaction(
        deps.database,
        actorOf(request),
        metaOf(request),
        async (ctx) => {
          const access = await loadCaseAccess(ctx.tx, ctx.actor, request.params.id);
          const summary = await planSummaryModel(ctx, access, request.query);
          ctx.audit({
            action: "care_plan.pdf_downloaded",
            entityType: "case",
            entityId: access.case.id,
            organizationId: access.case.organizationId,
            details: { planId: summary.planId, version: summary.number, lang: request.query.lang },
          });
          return summary;
        },
      );
      let pdf: Buffer;
      try {
        pdf = await printer.print(buildPlanSummaryHtml(model));
      } catch (error) {
        request.log.error({ err: printer.lastError ?? error }, "plan summary: Chromium failed");
        throw error;
      }
      const name = `progetto-${planId.slice(-8)}-v${number}-${model.lang}.pdf`;
      reply
        .type("application/pdf")
        .header("Content-Disposition", `attachment; filename="${name}"`)
        .header("Cache-Control", "no-store");
      return reply.send(pdf);
    },
  );
}
