/** What the spreadsheet readers share (see sheet-reader.ts). */

export type SheetFormat = "csv" | "xlsx";

export interface SheetRow {
  /** The row as a spreadsheet program numbers it: the header is row 1. */
  rowNumber: number;
  /** One text per column, trimmed; "" for an empty cell. */
  values: string[];
}

export interface Sheet {
  format: SheetFormat;
  /** The header row: unique, non-empty names. */
  columns: string[];
  /** The data rows after the header; blank rows are skipped. Iterate once. */
  rows: AsyncIterable<SheetRow>;
}

export type SheetProblem = "EMPTY" | "NOT_UTF8" | "UNREADABLE" | "NO_WORKSHEET";

/** The file is not a spreadsheet we can read; `problem` says why. */
export class SheetError extends Error {
  readonly problem: SheetProblem;

  constructor(problem: SheetProblem, message: string) {
    super(message);
    this.name = "SheetError";
    this.problem = problem;
  }
}
