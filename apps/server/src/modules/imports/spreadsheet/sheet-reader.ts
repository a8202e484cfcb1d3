import type { Readable } from "node:stream";
import { readCsv } from "./csv-reader.ts";
import { type Sheet, SheetError, type SheetFormat, type SheetRow } from "./sheet-types.ts";
import { readXlsx } from "./xlsx-reader.ts";

export { type Sheet, SheetError, type SheetFormat, type SheetProblem, type SheetRow } from "./sheet-types.ts";

/**
 * The one interface the import reads spreadsheets through: the header row's column names, then the
 * data rows as text, one at a time (nothing holds the whole sheet). CSV goes through csv-parse,
 * XLSX through exceljs's streaming reader; neither leaks out of this folder.
 */

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** XLSX is a zip archive; anything else is taken for CSV text (checked as UTF-8 while read). Old .xls is refused. */
export function detectFormat(head: Buffer): SheetFormat | "xls" | null {
  if (head.length === 0) return null;
  if (ZIP_MAGIC.every((b, i) => head[i] === b)) return "xlsx";
  if (OLE_MAGIC.every((b, i) => head[i] === b)) return "xls";
  return "csv";
}

/** Names for the header row: trimmed, blanks named after their position, repeats numbered. */
export function columnNames(header: readonly string[]): string[] {
  let last = header.length;
  while (last > 0 && !header[last - 1]?.trim()) last--;
  const used = new Set<string>();
  const names: string[] = [];
  for (let i = 0; i < last; i++) {
    const base = header[i]?.replace(/\s+/g, " ").trim() || `Column ${i + 1}`;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    used.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

/** Reads the header (the first non-blank row) and hands out the rest. */
export async function openSheet(source: Readable, format: SheetFormat): Promise<Sheet> {
  const raw = format === "csv" ? readCsv(source) : readXlsx(source);
  const iterator = raw[Symbol.asyncIterator]();
  let header: SheetRow | undefined;
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    if (next.value.values.some((v) => v !== "")) {
      header = next.value;
      break;
    }
  }
  if (!header) throw new SheetError("EMPTY", "The file has no header row");
  const columns = columnNames(header.values);
  if (columns.length === 0) throw new SheetError("EMPTY", "The file has no header row");
  const width = columns.length;
  async function* rows(): AsyncGenerator<SheetRow> {
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        const { rowNumber, values } = next.value;
        if (!values.some((v) => v !== "")) continue;
        const row =
          values.length === width ? values : Array.from({ length: width }, (_, i) => values[i] ?? "");
        yield { rowNumber, values: row };
      }
    } finally {
      await iterator.return?.(undefined);
      source.destroy();
    }
  }
  return { format, columns, rows: rows() };
}
