import type { Reminder } from "@approdo/contracts";
import type { Tx } from "../../platform/db/database.ts";
import type { AppDeps } from "../../platform/http/types.ts";
import { createSmtpTransport, type MailTransport } from "../../platform/mail/mailer.ts";
import { presentReminder } from "./reminders.presenter.ts";
import { listReminders } from "./reminders.repository.ts";
import { REMINDER_DIGEST_JOB, REMINDERS_JOB } from "./reminders.routes.ts";
import { generateReminders } from "./use-cases/generate-reminders.ts";
import { sendReminderDigests } from "./use-cases/send-reminder-digests.ts";

export { REMINDER_DIGEST_JOB, REMINDERS_JOB, registerReminderRoutes } from "./reminders.routes.ts";
export { type GenerationCounts, generateReminders } from "./use-cases/generate-reminders.ts";
export { type DigestResult, sendReminderDigests } from "./use-cases/send-reminder-digests.ts";

/**
 * The open reminders of one user, most urgent first, for the worklist (GET /api/v1/worklist).
 * Runs in the caller's transaction, so row-level security applies: only that user's reminders,
 * and the case reference only where the user may see the case.
 */
export async function openRemindersFor(tx: Tx, userId: string, limit: number): Promise<Reminder[]> {
  const rows = await listReminders(tx, { userId, status: "open", after: null, limit });
  return rows.slice(0, limit).map(presentReminder);
}

/** The mail transport the digest uses: none in demo mode or without SMTP configuration. */
export function reminderMailTransport(deps: Pick<AppDeps, "config">): MailTransport | null {
  if (deps.config.demoMode || !deps.config.smtp) return null;
  return createSmtpTransport(deps.config.smtp);
}

/** Registers the reminder jobs: generation every hour (and on demand), the e-mail digest every morning. */
export function registerReminderJobs(deps: AppDeps): void {
  deps.jobs.register<{ requestedBy?: string }>(REMINDERS_JOB, async () => {
    await generateReminders(deps.database, { inactivityDays: deps.config.reminderInactivityDays });
  });
  deps.jobs.schedule(REMINDERS_JOB, "5 * * * *");
  deps.jobs.register(REMINDER_DIGEST_JOB, async () => {
    await sendReminderDigests(deps, reminderMailTransport(deps));
  });
  // 06:30 UTC: 07:30 or 08:30 in Italy, before the offices open.
  deps.jobs.schedule(REMINDER_DIGEST_JOB, "30 6 * * *");
}
