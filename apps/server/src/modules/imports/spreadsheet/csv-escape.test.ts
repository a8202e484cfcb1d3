import { describe, expect, it } from "vitest";
import { unescapeCell } from "../mapping/parse-values.ts";
import { escapeFormula } from "./csv-escape.ts";

describe("escapeFormula", () => {
  it("puts an apostrophe before cells a spreadsheet would run as formulas", () => {
    for (const cell of ["=1+1", "+39 333", "-2", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("http://x")']) {
      expect(escapeFormula(cell)).toBe(`'${cell}`);
    }
  });

  it("leaves other cells alone", () => {
    for (const cell of ["Amina", "", "1990", "a=b", " =1", "'quoted"]) expect(escapeFormula(cell)).toBe(cell);
  });

  it("is undone by the import", () => {
    for (const cell of ["=1+1", "+39 333", "-2", "@x", "Amina"])
      expect(unescapeCell(escapeFormula(cell))).toBe(cell);
  });
});
