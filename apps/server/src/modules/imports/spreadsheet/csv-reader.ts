import { Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import { SheetError, type SheetRow } from "./sheet-types.ts";

/** A cell longer than this is not a person's data: the file is not what it seems. */
const MAX_RECORD_CHARS = 1_000_000;
/** Enough text to hold the header line. */
const HEAD_CHARS = 64 * 1024;

/** Strict UTF-8 (a byte-order mark is dropped); other encodings fail with NOT_UTF8. */
async function* decodeUtf8(source: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for await (const chunk of source) {
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
    }
    const tail = decoder.decode();
    if (tail) yield tail;
  } catch (error) {
    if (error instanceof TypeError) {
      throw new SheetError(
        "NOT_UTF8",
        'The file is not UTF-8 text: save it as "CSV UTF-8" (or as an Excel workbook) and upload it again',
      );
    }
    throw error;
  }
}

/** The separator of the header line: `;` (Italian Excel), `,` or tab, whichever occurs most outside quotes. */
export function detectDelimiter(head: string): string {
  const counts = new Map<string, number>([
    [";", 0],
    [",", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const c of head) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ",";
  let most = 0;
  for (const [delimiter, count] of counts) {
    if (count > most) {
      best = delimiter;
      most = count;
    }
  }
  return best;
}

/** The records of a CSV file as rows; row numbers count every line a spreadsheet program would show. */
export async function* readCsv(source: Readable): AsyncGenerator<SheetRow> {
  const text = decodeUtf8(source)[Symbol.asyncIterator]();
  let head = "";
  let ended = false;
  while (!/[\r\n]/.test(head) && head.length < HEAD_CHARS) {
    const next = await text.next();
    if (next.done) {
      ended = true;
      break;
    }
    head += next.value;
  }
  async function* all(): AsyncGenerator<string> {
    if (head) yield head;
    if (ended) return;
    for (;;) {
      const next = await text.next();
      if (next.done) return;
      yield next.value;
    }
  }
  const parser = parse({
    delimiter: detectDelimiter(head),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_CHARS,
  });
  const input = Readable.from(all(), { objectMode: false });
  input.once("error", (error) => parser.destroy(error));
  input.pipe(parser);
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber += 1;
      yield { rowNumber, values: record.map((v) => v.trim()) };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      // The parser's own message may quote the file's content: keep only where it happened.
      throw new SheetError(
        "UNREADABLE",
        `The CSV file cannot be read after row ${rowNumber} (${error.code})`,
      );
    }
    throw error;
  } finally {
    input.destroy();
    parser.destroy();
  }
}
