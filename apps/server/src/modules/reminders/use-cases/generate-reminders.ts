import { type ReminderKind, reminderKinds } from "@approdo/contracts";
import { systemActor } from "../../../platform/authz/actor.ts";
import type { Database } from "../../../platform/db/database.ts";
import { inTransaction, noMeta } from "../../../platform/db/transaction.ts";
import {
  dismissStaleReminders,
  type GenerationInput,
  insertWantedReminders,
} from "../reminders.repository.ts";
import { todayInItaly } from "../reminders.rules.ts";

export type GenerationCounts = Record<ReminderKind, { created: number; dismissed: number }>;

/**
 * Brings the reminders table in line with the cases, in one transaction in the system scope:
 * for each kind, open reminders that no longer apply are dismissed and the missing ones are
 * inserted (the unique key (user, kind, subject, due day) makes a second run a no-op, and keeps
 * a reminder the user dismissed dismissed). A handful of set-based statements, no loop over rows.
 */
export async function generateReminders(
  database: Database,
  options: { inactivityDays: number; today?: string },
): Promise<GenerationCounts> {
  const input: GenerationInput = {
    today: options.today ?? todayInItaly(),
    inactivityDays: options.inactivityDays,
  };
  return inTransaction(database, systemActor, noMeta, async ({ tx }) => {
    const counts = {} as GenerationCounts;
    for (const kind of reminderKinds) {
      const dismissed = await dismissStaleReminders(tx, kind, input);
      const created = await insertWantedReminders(tx, kind, input);
      counts[kind] = { created, dismissed };
    }
    return counts;
  });
}
