import { z } from "zod";
import { noteConfidentialitySchema } from "./cases.ts";
import { idSchema, pageOf, pageQuerySchema } from "./common.ts";
import { clientIdSchema } from "./organizations.ts";

/**
 * Case notes, append-only: there is no edit and no delete; a correction is a new note that points
 * at the one it corrects (`correctsId`), and the corrected note is listed as corrected.
 * Confidentiality: `team` (everyone who sees the case), `case_manager` (the case manager only),
 * `special_category` (special-category roles on the team of the controller organisation).
 */

export const caseNoteCreateSchema = z.object({
  id: clientIdSchema.optional(),
  confidentiality: noteConfidentialitySchema,
  body: z.string().trim().min(1).max(20_000),
  correctsId: idSchema.optional(),
  /** A document uploaded to one of the case's subject persons (POST /people/{id}/attachments). */
  attachmentId: idSchema.optional(),
});
export type CaseNoteCreate = z.infer<typeof caseNoteCreateSchema>;

export const caseNoteSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  confidentiality: noteConfidentialitySchema,
  body: z.string(),
  correctsId: idSchema.nullable(),
  /** The latest note (visible to the reader) that corrects this one; null if none. */
  correctedById: idSchema.nullable(),
  attachmentId: idSchema.nullable(),
  authorId: idSchema.nullable(),
  /** null when the author is not among the case's users the reader may see. */
  authorName: z.string().nullable(),
  authorOrganizationId: idSchema.nullable(),
  createdAt: z.iso.datetime(),
});
export type CaseNote = z.infer<typeof caseNoteSchema>;

export const caseNotePageSchema = pageOf(caseNoteSchema);
export const caseNoteListQuerySchema = pageQuerySchema;
