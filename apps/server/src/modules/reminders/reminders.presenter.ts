import { type Reminder, reminderKindSchema, reminderParamsSchema } from "@approdo/contracts";
import type { ReminderRow } from "./reminders.repository.ts";

export function presentReminder(row: ReminderRow): Reminder {
  const params = reminderParamsSchema.safeParse(row.params);
  return {
    id: row.id,
    kind: reminderKindSchema.parse(row.kind),
    subjectId: row.subjectId,
    caseId: row.caseId,
    caseReference: row.caseReference,
    dueOn: row.dueOn,
    params: params.success ? params.data : {},
    createdAt: row.createdAt.toISOString(),
    dismissedAt: row.dismissedAt ? row.dismissedAt.toISOString() : null,
  };
}
