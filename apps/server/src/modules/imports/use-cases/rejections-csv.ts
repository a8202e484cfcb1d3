import { Readable } from "node:stream";
import { type ImportRejectionCode, importRejectionCodes } from "@approdo/contracts";
import { stringify } from "csv-stringify";
import type { Actor } from "../../../platform/authz/actor.ts";
import type { Database } from "../../../platform/db/database.ts";
import { inTransaction, noMeta } from "../../../platform/db/transaction.ts";
import { listRejections } from "../imports.repository.ts";
import { escapeFormula } from "../spreadsheet/csv-escape.ts";

const PAGE = 2000;

const headers = {
  it: { row: "Riga", code: "Codice", reason: "Motivo", details: "Dettagli" },
  en: { row: "Row", code: "Code", reason: "Reason", details: "Details" },
} as const;

const reasons: Record<"it" | "en", Record<ImportRejectionCode, string>> = {
  it: {
    INVALID_ROW: "Dati non validi",
    INVALID_TAX_CODE: "Codice fiscale non valido",
    UNKNOWN_COUNTRY: "Paese non riconosciuto",
    UNKNOWN_MUNICIPALITY: "Comune non riconosciuto",
    DUPLICATE_IN_FILE: "Ripetuta nel file",
    POSSIBLE_DUPLICATE: "Probabilmente già registrata",
    HOUSEHOLD_INVALID: "Nucleo familiare non valido",
  },
  en: {
    INVALID_ROW: "Invalid data",
    INVALID_TAX_CODE: "Invalid tax code",
    UNKNOWN_COUNTRY: "Unknown country",
    UNKNOWN_MUNICIPALITY: "Unknown municipality",
    DUPLICATE_IN_FILE: "Repeated in the file",
    POSSIBLE_DUPLICATE: "Probably already registered",
    HOUSEHOLD_INVALID: "Invalid household",
  },
};

function reasonOf(code: string, locale: "it" | "en"): string {
  return (importRejectionCodes as readonly string[]).includes(code)
    ? reasons[locale][code as ImportRejectionCode]
    : code;
}

/**
 * Every rejected row as CSV: row number, code, the reason in the user's language, the details, then
 * the row's own columns as they were in the file, so the file can be corrected and imported again
 * (the added columns are not mapped by default). Semicolon-separated with a byte-order mark, as
 * Excel in Italy expects; every cell escaped against formula injection. Read in pages, each in its
 * own short transaction, while the response streams.
 */
export function rejectionsCsv(
  database: Database,
  actor: Actor,
  importId: string,
  columns: readonly string[],
  locale: "it" | "en",
): Readable {
  async function* records(): AsyncGenerator<string[]> {
    const h = headers[locale];
    yield [h.row, h.code, h.reason, h.details, ...columns].map(escapeFormula);
    let after = 0;
    for (;;) {
      const page = await inTransaction(database, actor, noMeta, ({ tx }) =>
        listRejections(tx, importId, after, PAGE),
      );
      for (const r of page) {
        const data = (r.rowData ?? {}) as Record<string, unknown>;
        const cells = columns.map((c) => {
          const v = data[c];
          return typeof v === "string" ? v : v === undefined || v === null ? "" : String(v);
        });
        yield [String(r.rowNumber), r.code, reasonOf(r.code, locale), r.message, ...cells].map(escapeFormula);
      }
      if (page.length < PAGE) return;
      after = page[page.length - 1]?.rowNumber ?? after;
    }
  }
  const csv = stringify({ delimiter: ";", bom: true, record_delimiter: "windows" });
  const source = Readable.from(records());
  source.once("error", (error) => csv.destroy(error));
  return source.pipe(csv);
}
