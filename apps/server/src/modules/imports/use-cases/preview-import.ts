import {
  type ImportField,
  type ImportMapping,
  type ImportPreview,
  importMappingSchema,
  importMaxRows,
} from "@approdo/contracts";
import { AppError } from "../../../platform/errors/app-error.ts";
import { type FileStore, openDecrypted } from "../../../platform/storage/index.ts";
import { FileDuplicates } from "../mapping/file-duplicates.ts";
import { columnIndex, mapRow } from "../mapping/map-row.ts";
import { type MunicipalityRecord, municipalityIndex } from "../mapping/reference-lookup.ts";
import { suggestMapping } from "../mapping/suggest-mapping.ts";
import { openSheet, SheetError, type SheetFormat } from "../spreadsheet/sheet-reader.ts";
import { checkMapping } from "./check-mapping.ts";

export const PREVIEW_ROWS = 20;
export const PREVIEW_CHECKED_ROWS = 1000;
const SAMPLE_ERRORS = 20;

export type PreviewResult = Omit<ImportPreview, "importId" | "status" | "fileName">;

/** The mapping sent with the upload (multipart text), checked against the file's columns. */
export function parseUploadedMapping(text: string | null, columns: readonly string[]): ImportMapping | null {
  if (text === null || text.trim() === "") return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION_FAILED", "The mapping is not valid JSON", {
      issues: [{ path: "body.mapping", message: "Not valid JSON", code: "invalid_format" }],
    });
  }
  const parsed = importMappingSchema.safeParse(value);
  if (!parsed.success) {
    throw new AppError("VALIDATION_FAILED", "Some fields are not valid", {
      issues: parsed.error.issues.map((i) => ({
        path: ["body", "mapping", ...i.path.map(String)].join("."),
        message: i.message,
        code: i.code,
      })),
    });
  }
  checkMapping(parsed.data, columns, { requireFields: false });
  return parsed.data;
}

/** SheetError → what the client is told (the stored file is deleted by the caller). */
export function sheetProblem(error: SheetError): AppError {
  if (error.problem === "NOT_UTF8") return new AppError("UNSUPPORTED_MEDIA_TYPE", error.message);
  return new AppError("UNPROCESSABLE", error.message, { reason: error.problem });
}

function onlyFields(mapping: ImportMapping): Record<string, ImportField> {
  return Object.fromEntries(Object.entries(mapping).filter((e): e is [string, ImportField] => e[1] !== null));
}

/**
 * Reads the stored file once, to the end: its columns, the suggested mapping, the first 20 rows,
 * the first 1,000 checked (schema, reference data, duplicates within them; the registry is only
 * searched when the import runs) and the number of rows. More than the row limit is refused.
 */
export async function previewImport(
  store: FileStore,
  instanceKey: Buffer,
  file: { storageKey: string; wrappedKey: string; format: SheetFormat },
  mappingText: string | null,
  municipalities: readonly MunicipalityRecord[],
): Promise<PreviewResult> {
  try {
    const source = await openDecrypted(store, instanceKey, file.storageKey, file.wrappedKey);
    const sheet = await openSheet(source, file.format);
    const columns = sheet.columns;
    const suggested = suggestMapping(columns);
    const mapping = onlyFields(parseUploadedMapping(mappingText, columns) ?? suggested);
    const index = columnIndex(columns, mapping);
    const places = municipalityIndex(municipalities);
    const duplicates = new FileDuplicates();
    const rows: Record<string, string>[] = [];
    const sampleErrors: PreviewResult["preview"]["sampleErrors"] = [];
    let total = 0;
    let valid = 0;
    let invalid = 0;
    for await (const row of sheet.rows) {
      total += 1;
      if (total > importMaxRows) {
        throw new AppError(
          "UNPROCESSABLE",
          `The file has more than ${importMaxRows.toLocaleString("en")} rows: split it into smaller files`,
          { maxRows: importMaxRows },
        );
      }
      if (rows.length < PREVIEW_ROWS) {
        rows.push(Object.fromEntries(columns.map((c, i) => [c, row.values[i] ?? ""])));
      }
      if (total > PREVIEW_CHECKED_ROWS) continue;
      const mapped = mapRow(row.values, index, places);
      const problem = mapped.ok ? duplicates.check(row.rowNumber, mapped.input) : mapped;
      if (!problem) {
        valid += 1;
        continue;
      }
      invalid += 1;
      if (sampleErrors.length < SAMPLE_ERRORS) {
        const otherRow = /\brow (\d+)\b/.exec(problem.message)?.[1];
        sampleErrors.push({
          rowNumber: row.rowNumber,
          code: problem.code,
          message: problem.message,
          field: problem.field,
          otherRow: otherRow ? Number(otherRow) : null,
        });
      }
    }
    return {
      format: file.format,
      totalRows: total,
      columns,
      suggestedMapping: suggested,
      mapping,
      preview: { rows, checked: Math.min(total, PREVIEW_CHECKED_ROWS), valid, invalid, sampleErrors },
    };
  } catch (error) {
    if (error instanceof SheetError) throw sheetProblem(error);
    throw error;
  }
}
