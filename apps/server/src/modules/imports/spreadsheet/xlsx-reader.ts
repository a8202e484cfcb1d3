import { PassThrough, type Readable } from "node:stream";
import ExcelJS from "exceljs";
import { SheetError, type SheetRow } from "./sheet-types.ts";
import { InvalidZipError, reorderXlsx } from "./zip-reorder.ts";

/** The compressed workbook is held in memory (the upload limit bounds it); its rows are streamed. */
const MAX_WORKBOOK_BYTES = 32 * 1024 * 1024;

async function readAll(source: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > MAX_WORKBOOK_BYTES) throw new SheetError("UNREADABLE", "The workbook is too large");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function isoDay(date: Date): string {
  const iso = date.toISOString();
  // exceljs builds dates in UTC from the cell's serial number: midnight means a date without time.
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/** The text a spreadsheet program shows for a cell (formulas give their last computed result). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : isoDay(value);
  if (typeof value === "object") {
    const cell = value as {
      richText?: { text?: unknown }[];
      text?: unknown;
      result?: unknown;
      formula?: unknown;
      sharedFormula?: unknown;
      error?: unknown;
    };
    if (Array.isArray(cell.richText))
      return cell.richText
        .map((r) => String(r.text ?? ""))
        .join("")
        .trim();
    if ("formula" in cell || "sharedFormula" in cell) return cellText(cell.result);
    if (cell.text !== undefined) return cellText(cell.text);
    if (cell.error !== undefined) return "";
  }
  return "";
}

/** The rows of the workbook's first worksheet. */
export async function* readXlsx(source: Readable): AsyncGenerator<SheetRow> {
  let zip: Buffer;
  try {
    zip = reorderXlsx(await readAll(source));
  } catch (error) {
    if (error instanceof InvalidZipError) {
      throw new SheetError("UNREADABLE", `The file is not a readable Excel workbook: ${error.message}`);
    }
    throw error;
  }
  const input = new PassThrough();
  input.end(zip);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  let rows = 0;
  try {
    for await (const worksheet of workbook) {
      for await (const row of worksheet) {
        const cells = row.values as unknown[];
        const values: string[] = [];
        for (let i = 1; i < cells.length; i++) values.push(cellText(cells[i]));
        rows += 1;
        yield { rowNumber: row.number, values };
      }
      return;
    }
  } catch (error) {
    if (error instanceof SheetError) throw error;
    throw new SheetError("UNREADABLE", `The Excel workbook cannot be read after ${rows} rows`);
  } finally {
    input.destroy();
  }
  throw new SheetError("NO_WORKSHEET", "The workbook has no worksheet");
}
