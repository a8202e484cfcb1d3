import { registerPersonReferenceMover } from "../people/index.ts";
import { moveAttachments, restoreAttachments } from "./use-cases/move-person-attachments.ts";

export { registerAttachmentRoutes } from "./attachments.routes.ts";
export { ATTACHMENTS_NAMESPACE } from "./use-cases/receive-upload.ts";
export { ORPHAN_AGE_MS, type SweepResult, sweepOrphanFiles } from "./use-cases/sweep-orphan-files.ts";

/** The daily job that removes stored files no attachment row points at (see sweepOrphanFiles). */
export const ATTACHMENT_ORPHANS_JOB = "attachments.sweep-orphans";

// When two person records are merged, the duplicate's attachments follow the survivor (and back on undo).
registerPersonReferenceMover({ name: "attachments", move: moveAttachments, restore: restoreAttachments });
