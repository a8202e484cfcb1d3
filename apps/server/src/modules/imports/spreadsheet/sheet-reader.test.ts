import { existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { detectDelimiter } from "./csv-reader.ts";
import { columnNames, detectFormat, openSheet, type SheetRow } from "./sheet-reader.ts";
import { reorderXlsx } from "./zip-reorder.ts";

async function rowsOf(data: Buffer, format: "csv" | "xlsx") {
  const sheet = await openSheet(Readable.from([data]), format);
  const rows: SheetRow[] = [];
  for await (const row of sheet.rows) rows.push(row);
  return { columns: sheet.columns, rows };
}

/** Zip entry names in the order of their data in the file (from the central directory). */
function entryNames(zip: Buffer): string[] {
  let end = zip.length - 22;
  while (end > 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: [number, string][] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push([zip.readUInt32LE(at + 42), zip.toString("utf8", at + 46, at + 46 + nameLength)]);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries.sort((a, b) => a[0] - b[0]).map(([, name]) => name);
}

describe("CSV", () => {
  it("detects the separator of the header line", () => {
    expect(detectDelimiter("Nome;Cognome;Sesso\n")).toBe(";");
    expect(detectDelimiter("Nome,Cognome\n")).toBe(",");
    expect(detectDelimiter("Nome\tCognome\n")).toBe("\t");
    expect(detectDelimiter('"Cognome, nome";Sesso\n')).toBe(";");
    expect(detectDelimiter("Nome\n")).toBe(",");
  });

  it("reads UTF-8 with or without a byte-order mark, quoted cells and blank lines, numbering rows as a spreadsheet does", async () => {
    const text =
      '\uFEFFNome;Cognome;Note\r\nAmina;Traoré;"uno; due"\r\n\r\n"Abd\nal-Rahman";Haddad;\r\nYonas;Tesfaye\r\n';
    const { columns, rows } = await rowsOf(Buffer.from(text, "utf8"), "csv");
    expect(columns).toEqual(["Nome", "Cognome", "Note"]);
    expect(rows).toEqual([
      { rowNumber: 2, values: ["Amina", "Traoré", "uno; due"] },
      { rowNumber: 4, values: ["Abd\nal-Rahman", "Haddad", ""] },
      { rowNumber: 5, values: ["Yonas", "Tesfaye", ""] },
    ]);
  });

  it("refuses text that is not UTF-8 and files without a header", async () => {
    await expect(rowsOf(Buffer.from("Nome;Cognome\nNicolò;Rossi\n", "latin1"), "csv")).rejects.toMatchObject({
      problem: "NOT_UTF8",
    });
    await expect(rowsOf(Buffer.from("\n\n"), "csv")).rejects.toMatchObject({ problem: "EMPTY" });
  });

  it("names blank and repeated header cells", () => {
    expect(columnNames(["Nome", "", "nome", "Nome", " ", ""])).toEqual([
      "Nome",
      "Column 2",
      "nome (2)",
      "Nome (3)",
    ]);
  });
});

describe("XLSX", () => {
  it("recognises formats by their first bytes", () => {
    expect(detectFormat(Buffer.from("PK\u0003\u0004", "latin1"))).toBe("xlsx");
    expect(detectFormat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))).toBe("xls");
    expect(detectFormat(Buffer.from("Nome;Cognome"))).toBe("csv");
    expect(detectFormat(Buffer.alloc(0))).toBeNull();
  });

  it("moves the shared strings before the worksheets without recompressing anything", async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true });
    const sheet = writer.addWorksheet("Persone");
    sheet.addRow(["Nome", "Cognome"]).commit();
    for (let i = 0; i < 50; i++) sheet.addRow([`Nome${i}`, `Cognome${i}`]).commit();
    sheet.commit();
    await writer.commit();
    const original = Buffer.concat(chunks);
    const before = entryNames(original);
    expect(before.indexOf("xl/worksheets/sheet1.xml")).toBeLessThan(before.indexOf("xl/sharedStrings.xml"));
    const reordered = reorderXlsx(original);
    const after = entryNames(reordered);
    expect(after.slice(0, 3)).toEqual([
      "xl/_rels/workbook.xml.rels",
      "xl/workbook.xml",
      "xl/sharedStrings.xml",
    ]);
    expect([...after].sort()).toEqual([...before].sort());
    const { rows } = await rowsOf(original, "xlsx");
    expect(rows).toHaveLength(50);
    expect(rows[49]).toEqual({ rowNumber: 51, values: ["Nome49", "Cognome49"] });
  });

  it("reads worksheets from memory, never through temporary files", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Persone").addRows([
      ["Nome", "Data"],
      ["Amina", new Date(Date.UTC(1990, 4, 12))],
    ]);
    const data = Buffer.from(await workbook.xlsx.writeBuffer());
    const before = new Set(existsSync(tmpdir()) ? readdirSync(tmpdir()) : []);
    const { rows } = await rowsOf(data, "xlsx");
    expect(rows).toEqual([{ rowNumber: 2, values: ["Amina", "1990-05-12"] }]);
    const created = readdirSync(tmpdir()).filter((f) => !before.has(f) && f.startsWith("tmp-"));
    expect(created).toEqual([]);
  });

  it("refuses a damaged workbook", async () => {
    const fake = Buffer.concat([Buffer.from("PK\u0003\u0004", "latin1"), Buffer.alloc(100)]);
    await expect(rowsOf(fake, "xlsx")).rejects.toMatchObject({ problem: "UNREADABLE" });
  });
});
