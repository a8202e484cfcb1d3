import { z } from "zod";
import { idSchema, pageOf, pageQuerySchema } from "./common.ts";

/** What a stored document is. Stable codes: stored, sent by the API, translated by the UI. */
export const attachmentKinds = [
  "id_document",
  "signed_consent",
  "permit_copy",
  "certificate",
  "other",
] as const;
export const attachmentKindSchema = z.enum(attachmentKinds);
export type AttachmentKind = z.infer<typeof attachmentKindSchema>;

/**
 * How long a document must be kept: `eu_fund_evidence` — 5 years from 31 December of the year of
 * the fund's last payment; `case_record` — as long as the case file; `short` — removed once no
 * longer needed (e.g. a copy made only to check an identity).
 */
export const retentionClasses = ["eu_fund_evidence", "case_record", "short"] as const;
export const retentionClassSchema = z.enum(retentionClasses);
export type RetentionClass = z.infer<typeof retentionClassSchema>;

/** The types accepted, recognised from the file's own bytes (the client's Content-Type is ignored). */
export const attachmentContentTypes = [
  "application/pdf",
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/heic",
  "text/plain",
] as const;
export const attachmentContentTypeSchema = z.enum(attachmentContentTypes);

/** The largest file one upload may carry. */
export const attachmentMaxBytes = 20 * 1024 * 1024;

/**
 * The form fields of `POST /people/{personId}/attachments` (multipart/form-data), besides the
 * `file` part. They may come before or after the file.
 */
export const attachmentUploadFieldsSchema = z.object({
  kind: attachmentKindSchema,
  retentionClass: retentionClassSchema,
});
export type AttachmentUploadFields = z.infer<typeof attachmentUploadFieldsSchema>;

export const attachmentSchema = z.object({
  id: idSchema,
  personId: idSchema,
  kind: attachmentKindSchema,
  retentionClass: retentionClassSchema,
  /** As uploaded, without any folder part. */
  fileName: z.string(),
  contentType: attachmentContentTypeSchema,
  sizeBytes: z.number().int().nonnegative(),
  /** Hex sha256 of the file's content, for evidence of integrity. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.string(),
  createdBy: idSchema.nullable(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const attachmentListQuerySchema = pageQuerySchema;
export const attachmentPageSchema = pageOf(attachmentSchema);
