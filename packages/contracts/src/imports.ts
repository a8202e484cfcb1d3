import { z } from "zod";
import { idSchema, pageOf, pageQuerySchema } from "./common.ts";

/** The largest spreadsheet one import may carry (the multipart limit). */
export const importMaxBytes = 20 * 1024 * 1024;
/** The most data rows one import may carry; split larger files. */
export const importMaxRows = 200_000;
/** What the file input offers (the server recognises the format from the content, not the name). */
export const importAcceptedTypes = [
  ".csv",
  ".xlsx",
  "text/csv",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
] as const;

/**
 * What a column of the spreadsheet can become. The household fields group rows: rows with the same
 * `householdKey` form one household, `householdRelation` and `householdReference` describe the member.
 */
export const importFields = [
  "givenName",
  "familyName",
  "sex",
  "birthDate",
  "birthYear",
  "citizenship",
  "countryOfBirth",
  "taxCode",
  "stpCode",
  "eniCode",
  "phone",
  "email",
  "domicileIstat",
  "domicileAddress",
  "languages",
  "italianLevel",
  "arrivalDate",
  "householdKey",
  "householdRelation",
  "householdReference",
] as const;
export type ImportField = (typeof importFields)[number];
export const importFieldSchema = z.enum(importFields);

/** A column must be mapped to each of these before the import can start. */
export const requiredImportFields: readonly ImportField[] = ["givenName", "familyName"];
/** These make sense only with a household column. */
export const householdImportFields: readonly ImportField[] = ["householdRelation", "householdReference"];

/** Column name (as in the header row) → field; a column left out (or null) is ignored. */
export const importMappingSchema = z.record(z.string().max(200), importFieldSchema.nullable());
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const importStatuses = ["previewed", "queued", "running", "completed", "failed"] as const;
export const importStatusSchema = z.enum(importStatuses);
export type ImportStatus = z.infer<typeof importStatusSchema>;

/** Why a row was not imported: stable codes the interface translates. */
export const importRejectionCodes = [
  "INVALID_ROW",
  "INVALID_TAX_CODE",
  "UNKNOWN_COUNTRY",
  "UNKNOWN_MUNICIPALITY",
  "DUPLICATE_IN_FILE",
  "POSSIBLE_DUPLICATE",
  "HOUSEHOLD_INVALID",
] as const;
export const importRejectionCodeSchema = z.enum(importRejectionCodes);
export type ImportRejectionCode = z.infer<typeof importRejectionCodeSchema>;

export const importRejectionSchema = z.object({
  /** The row in the spreadsheet as the user sees it (the header is row 1). */
  rowNumber: z.number().int(),
  code: importRejectionCodeSchema,
  /** In English, for logs and API clients; the interface translates `code`. */
  message: z.string(),
  /** The field the problem is about, when there is one. */
  field: importFieldSchema.nullable(),
  /** DUPLICATE_IN_FILE: the earlier row this one repeats. */
  otherRow: z.number().int().nullable(),
  /** POSSIBLE_DUPLICATE: the person already registered (never their name). */
  personId: idSchema.nullable(),
  /** The row as read from the file: column → text. */
  rowData: z.record(z.string(), z.string()),
});
export type ImportRejection = z.infer<typeof importRejectionSchema>;

/** A problem found while previewing (no duplicate check against the registry yet). */
export const importSampleErrorSchema = importRejectionSchema.omit({ rowData: true, personId: true });

/** Multipart field `mapping` of the upload: optional, a JSON object like `importMappingSchema`. */
export const importPreviewSchema = z.object({
  importId: idSchema,
  status: importStatusSchema,
  fileName: z.string(),
  format: z.enum(["csv", "xlsx"]),
  /** Data rows in the file (the header not counted). */
  totalRows: z.number().int(),
  /** The header row's column names, in order (blank ones named "Column N", repeated ones numbered). */
  columns: z.array(z.string()),
  suggestedMapping: z.record(z.string(), importFieldSchema),
  /** The mapping stored with the import (the one sent with the upload, else the suggested one). */
  mapping: z.record(z.string(), importFieldSchema),
  preview: z.object({
    /** The first 20 data rows as read: column → text. */
    rows: z.array(z.record(z.string(), z.string())),
    /** Rows checked with the stored mapping: the first 1,000. */
    checked: z.number().int(),
    valid: z.number().int(),
    invalid: z.number().int(),
    /** The first problems found (at most 20). */
    sampleErrors: z.array(importSampleErrorSchema),
  }),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importStartSchema = z.object({ mapping: importMappingSchema });
export type ImportStart = z.infer<typeof importStartSchema>;

export const importQueuedSchema = z.object({ importId: idSchema, status: importStatusSchema });

export const importSummarySchema = z.object({
  id: idSchema,
  status: importStatusSchema,
  fileName: z.string(),
  totalRows: z.number().int(),
  /** Rows checked so far. */
  processedRows: z.number().int(),
  /** Rows imported (set as they are written on PostgreSQL, at the end on the embedded database). */
  acceptedRows: z.number().int(),
  rejectedRows: z.number().int(),
  /** 0…1: checking the rows is the first half, writing them the second. */
  progress: z.number().min(0).max(1),
  /** Why the import failed (nothing was imported). */
  error: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

export const importSchema = importSummarySchema.extend({
  mapping: z.record(z.string(), importFieldSchema),
  /** The first 100 rejected rows, by row number; `rejections.csv` has them all. */
  rejections: z.array(importRejectionSchema),
});
export type Import = z.infer<typeof importSchema>;

export const importListQuerySchema = pageQuerySchema;
export const importPageSchema = pageOf(importSummarySchema);

export const importRejectionsCsvQuerySchema = z.object({
  /** Language of the added columns (row, code, reason). */
  locale: z.enum(["it", "en"]).default("it"),
});
