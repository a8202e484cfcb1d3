import {
  idSchema,
  reminderGenerationSchema,
  reminderListQuerySchema,
  reminderPageSchema,
  reminderSchema,
} from "@approdo/contracts";
import { z } from "zod";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError, notFound } from "../../platform/errors/app-error.ts";
import { runMutation } from "../../platform/http/mutation.ts";
import { decodeCursor, pageFrom } from "../../platform/http/pagination.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { canQueueGeneration, hasReminders } from "./reminders.policy.ts";
import { presentReminder } from "./reminders.presenter.ts";
import { listReminders } from "./reminders.repository.ts";
import { dismissReminder } from "./use-cases/dismiss-reminder.ts";

/** Name of the background job that generates and dismisses reminders (hourly and on demand). */
export const REMINDERS_JOB = "reminders.generate";
/** Name of the daily e-mail digest job. */
export const REMINDER_DIGEST_JOB = "reminders.digest";

const tags = ["reminders"];
const params = z.object({ id: idSchema });

function dueCursor(cursor: string | undefined): [string, string] | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [dueOn, id] = key;
  if (typeof dueOn === "string" && /^\d{4}-\d{2}-\d{2}$/.test(dueOn) && idSchema.safeParse(id).success) {
    return [dueOn, String(id)];
  }
  throw new AppError("VALIDATION_FAILED", "The cursor is not valid; start again from the first page", {
    field: "cursor",
  });
}

export function registerReminderRoutes(app: AppInstance, deps: AppDeps): void {
  const { database } = deps;

  app.get(
    "/api/v1/reminders",
    { schema: { tags, querystring: reminderListQuerySchema, response: { 200: reminderPageSchema } } },
    async (request) => {
      const actor = actorOf(request);
      const { status, limit, cursor } = request.query;
      const after = dueCursor(cursor);
      if (!hasReminders(actor)) return { items: [], nextCursor: null };
      return inTransaction(database, actor, metaOf(request), async (ctx) => {
        const rows = await listReminders(ctx.tx, { userId: actor.userId, status, after, limit });
        const page = pageFrom(rows, limit, (r) => [r.dueOn, r.id]);
        ctx.audit({
          action: "reminder.listed",
          entityType: "reminder",
          details: { count: page.items.length },
        });
        return { items: page.items.map(presentReminder), nextCursor: page.nextCursor };
      });
    },
  );

  app.post(
    "/api/v1/reminders/:id/dismissal",
    { schema: { tags, params, response: { 200: reminderSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const row = await dismissReminder(ctx, request.params.id);
        return { status: 200, body: presentReminder(row) };
      }),
  );

  // Administrators may run the generation now instead of waiting for the hourly run.
  app.post(
    "/api/v1/reminders/generation",
    { schema: { tags, response: { 202: reminderGenerationSchema } } },
    async (request, reply) => {
      const actor = actorOf(request);
      if (!canQueueGeneration(actor)) throw notFound("route");
      const jobId = await deps.jobs.send(REMINDERS_JOB, { requestedBy: actor.userId ?? undefined });
      reply.status(202);
      return { jobId };
    },
  );
}
