export { registerImportRoutes } from "./imports.routes.ts";
export {
  IMPORT_PEOPLE_JOB,
  type ImportJobData,
  type ImportRunOptions,
  runImportJob,
} from "./use-cases/run-import.ts";
export {
  IMPORT_FILE_TTL_MS,
  type ImportSweepResult,
  sweepImportFiles,
} from "./use-cases/sweep-import-files.ts";

/** The daily job that deletes uploaded spreadsheets left unstarted (or failed) for a week, and orphans. */
export const IMPORT_FILES_SWEEP_JOB = "imports.sweep-files";
