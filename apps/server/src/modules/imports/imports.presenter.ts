import {
  type Import,
  type ImportField,
  type ImportRejection,
  type ImportRejectionCode,
  type ImportStatus,
  type ImportSummary,
  importFields,
  importRejectionCodes,
} from "@approdo/contracts";
import { type ImportRow, type RejectionRow, storedMappingOf } from "./imports.repository.ts";

/** Checking the rows is this share of the work; writing the accepted ones the rest. */
export const VALIDATION_SHARE = 0.5;

export function progressOf(row: ImportRow): number {
  if (row.status === "completed") return 1;
  if (row.status !== "running" || row.totalRows === 0) return 0;
  const checked = Math.min(1, row.processedRows / row.totalRows);
  const toWrite = row.totalRows - row.rejectedRows;
  const written = checked < 1 || toWrite <= 0 ? 0 : Math.min(1, row.acceptedRows / toWrite);
  const progress = checked * VALIDATION_SHARE + written * (1 - VALIDATION_SHARE);
  // Never 1 before the import has really finished.
  return Math.min(0.99, Math.round(progress * 1000) / 1000);
}

export function presentImportSummary(row: ImportRow): ImportSummary {
  return {
    id: row.id,
    status: row.status as ImportStatus,
    fileName: row.fileName,
    totalRows: row.totalRows,
    processedRows: row.processedRows,
    acceptedRows: row.acceptedRows,
    rejectedRows: row.rejectedRows,
    progress: progressOf(row),
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const isField = (v: string): v is ImportField => (importFields as readonly string[]).includes(v);

/** The stored mapping without entries a client could not have sent (defensive: it is jsonb). */
export function presentMapping(fields: Record<string, string>): Record<string, ImportField> {
  return Object.fromEntries(Object.entries(fields).filter((e): e is [string, ImportField] => isField(e[1])));
}

/**
 * Messages are written by the import itself in a fixed form ("field: …", "… row 12", "… person
 * <uuid>"): the structured parts the interface needs are read back from them.
 */
export function messageParts(message: string): {
  field: ImportField | null;
  otherRow: number | null;
  personId: string | null;
} {
  const head = /^([a-zA-Z]+): /.exec(message)?.[1];
  const row = /\brow (\d+)\b/.exec(message)?.[1];
  const person = /\bperson ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/.exec(
    message,
  )?.[1];
  return {
    field: head && isField(head) ? head : null,
    otherRow: row ? Number(row) : null,
    personId: person ?? null,
  };
}

function codeOf(code: string): ImportRejectionCode {
  return (importRejectionCodes as readonly string[]).includes(code)
    ? (code as ImportRejectionCode)
    : "INVALID_ROW";
}

export function presentRejection(row: RejectionRow): ImportRejection {
  const data = (row.rowData ?? {}) as Record<string, unknown>;
  return {
    rowNumber: row.rowNumber,
    code: codeOf(row.code),
    message: row.message,
    ...messageParts(row.message),
    rowData: Object.fromEntries(
      Object.entries(data).map(([k, v]) => [k, typeof v === "string" ? v : String(v ?? "")]),
    ),
  };
}

export function presentImport(row: ImportRow, rejections: readonly RejectionRow[]): Import {
  return {
    ...presentImportSummary(row),
    mapping: presentMapping(storedMappingOf(row).fields),
    rejections: rejections.map(presentRejection),
  };
}
