import type { TxContext } from "../../../platform/db/transaction.ts";
import { notFound } from "../../../platform/errors/app-error.ts";
import { hasReminders } from "../reminders.policy.ts";
import { dismissReminder as dismissRow, findReminder, type ReminderRow } from "../reminders.repository.ts";

/** The signed-in user dismisses one of their reminders; dismissing it again changes nothing. */
export async function dismissReminder(ctx: TxContext, id: string): Promise<ReminderRow> {
  if (!hasReminders(ctx.actor)) throw notFound("reminder");
  const userId = ctx.actor.userId;
  const changed = await dismissRow(ctx.tx, userId, id);
  const row = await findReminder(ctx.tx, userId, id);
  if (!row) throw notFound("reminder");
  if (changed) {
    ctx.audit({
      action: "reminder.dismissed",
      entityType: "reminder",
      entityId: id,
      details: { kind: row.kind, caseId: row.caseId },
    });
  }
  return row;
}
