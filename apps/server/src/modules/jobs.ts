import { systemActor } from "../platform/authz/actor.ts";
import { inTransaction, noMeta } from "../platform/db/transaction.ts";
import { purgeIdempotencyKeys } from "../platform/http/idempotency.repository.ts";
import type { AppDeps } from "../platform/http/types.ts";
import { ATTACHMENT_ORPHANS_JOB, sweepOrphanFiles } from "./attachments/index.ts";
import { deleteExpiredSessions } from "./auth/index.ts";
import {
  IMPORT_FILES_SWEEP_JOB,
  IMPORT_PEOPLE_JOB,
  type ImportJobData,
  runImportJob,
  sweepImportFiles,
} from "./imports/index.ts";
import { refreshCommonNameKeys } from "./people/index.ts";
import { registerReminderJobs } from "./reminders/index.ts";

export const HOUSEKEEPING_JOB = "housekeeping";

/** Every background job handler of every module, registered in one place. */
export function registerJobHandlers(deps: AppDeps): void {
  deps.jobs.register<{ requestedBy?: string }>(HOUSEKEEPING_JOB, async () => {
    const now = new Date();
    const idleCutoff = new Date(now.getTime() - deps.config.sessionIdleMinutes * 60_000);
    await inTransaction(deps.database, systemActor, noMeta, async ({ tx }) => {
      const sessions = await deleteExpiredSessions(tx, now, idleCutoff);
      const keys = await purgeIdempotencyKeys(tx, new Date(now.getTime() - 24 * 3_600_000));
      return { sessions, keys };
    });
    // PGlite has no autovacuum: refresh the planner statistics the people search relies on to tell
    // rare name keys from common ones (PostgreSQL's autovacuum does this by itself); then copy the
    // common keys out of the statistics, where the search functions look them up.
    if (deps.database.kind === "pglite") await deps.database.raw.exec("ANALYZE people");
    await inTransaction(deps.database, systemActor, noMeta, ({ tx }) => refreshCommonNameKeys(tx));
  });
  deps.jobs.schedule(HOUSEKEEPING_JOB, "*/15 * * * *");

  // Daily: stored files that no attachment row points at (an upload whose clean-up failed).
  deps.jobs.register(ATTACHMENT_ORPHANS_JOB, async () => {
    await sweepOrphanFiles(deps.database, deps.storage);
  });
  deps.jobs.schedule(ATTACHMENT_ORPHANS_JOB, "40 3 * * *");

  // Spreadsheet imports of people and households (queued by POST /imports/{id}/start).
  deps.jobs.register<ImportJobData>(IMPORT_PEOPLE_JOB, async (data) => {
    await runImportJob(deps, data);
  });
  // Daily: uploaded spreadsheets not imported within a week, and files no import points at.
  deps.jobs.register(IMPORT_FILES_SWEEP_JOB, async () => {
    await sweepImportFiles(deps.database, deps.storage);
  });
  deps.jobs.schedule(IMPORT_FILES_SWEEP_JOB, "50 3 * * *");

  // Reminders: generated hourly (and on demand), e-mailed as a daily digest where SMTP is set.
  registerReminderJobs(deps);
}
