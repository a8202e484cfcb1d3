import { describe, expect, it } from "vitest";
import {
  normalizeText,
  parseCefr,
  parseDate,
  parseRelation,
  parseSex,
  parseYear,
  parseYesNo,
  splitList,
  unescapeCell,
} from "./parse-values.ts";

describe("parseDate", () => {
  it("reads Italian dates, ISO dates and years alone", () => {
    expect(parseDate("12/05/1990")).toEqual({ date: "1990-05-12" });
    expect(parseDate("1/2/1990")).toEqual({ date: "1990-02-01" });
    expect(parseDate("12-05-1990")).toEqual({ date: "1990-05-12" });
    expect(parseDate("12.05.1990")).toEqual({ date: "1990-05-12" });
    expect(parseDate("1990-05-12")).toEqual({ date: "1990-05-12" });
    expect(parseDate("1990-05-12T00:00:00.000Z")).toEqual({ date: "1990-05-12" });
    expect(parseDate("1990")).toEqual({ year: 1990 });
  });

  it("takes an unknown day or month as a year alone", () => {
    expect(parseDate("00/00/1985")).toEqual({ year: 1985 });
    expect(parseDate("XX/XX/1985")).toEqual({ year: 1985 });
    expect(parseDate("00/07/1985")).toEqual({ year: 1985 });
    expect(parseDate("12/00/1985")).toBeNull();
  });

  it("reads an Excel day number and refuses impossible dates and two-digit years", () => {
    expect(parseDate("33005")).toEqual({ date: "1990-05-12" });
    expect(parseDate("31/02/2010")).toBeNull();
    expect(parseDate("12/13/1990")).toBeNull();
    expect(parseDate("12/05/90")).toBeNull();
    expect(parseDate("maggio 1990")).toBeNull();
    expect(parseDate("")).toBeNull();
  });
});

describe("parseYear, parseSex, parseYesNo, parseRelation, parseCefr", () => {
  it("reads years, also as Excel writes whole numbers", () => {
    expect(parseYear("1990")).toBe(1990);
    expect(parseYear("1990.0")).toBe(1990);
    expect(parseYear("90")).toBeNull();
  });

  it("reads sexes in Italian and English; empty is unknown", () => {
    expect(parseSex("F")).toBe("female");
    expect(parseSex("maschio")).toBe("male");
    expect(parseSex("Donna")).toBe("female");
    expect(parseSex("X")).toBe("other");
    expect(parseSex("")).toBe("unknown");
    expect(parseSex("non noto")).toBe("unknown");
    expect(parseSex("Z")).toBeNull();
  });

  it("reads yes and no", () => {
    expect(parseYesNo("Sì")).toBe(true);
    expect(parseYesNo("si")).toBe(true);
    expect(parseYesNo("yes")).toBe(true);
    expect(parseYesNo("x")).toBe(true);
    expect(parseYesNo("no")).toBe(false);
    expect(parseYesNo("")).toBe(false);
    expect(parseYesNo("forse")).toBeNull();
  });

  it("reads relations by code or word", () => {
    expect(parseRelation("reference_person")).toBe("reference_person");
    expect(parseRelation("Capofamiglia")).toBe("reference_person");
    expect(parseRelation("moglie")).toBe("spouse");
    expect(parseRelation("Figlia")).toBe("child");
    expect(parseRelation("son")).toBe("child");
    expect(parseRelation("nipote")).toBe("other_relative");
    expect(parseRelation("other relative")).toBe("other_relative");
    expect(parseRelation("vicino di casa")).toBeNull();
  });

  it("reads CEFR levels", () => {
    expect(parseCefr("A2")).toBe("a2");
    expect(parseCefr("livello b1")).toBe("b1");
    expect(parseCefr("pre-A1")).toBe("pre_a1");
    expect(parseCefr("Pre A1")).toBe("pre_a1");
    expect(parseCefr("D1")).toBeNull();
  });
});

describe("text helpers", () => {
  it("normalises text for comparison", () => {
    expect(normalizeText("  Costa d’Avorio ")).toBe("costa d avorio");
    expect(normalizeText("TRAORÉ")).toBe("traore");
  });

  it("splits lists on commas, semicolons, slashes and 'e'/'and'", () => {
    expect(splitList("arabo, francese; wolof / inglese e tigrino")).toEqual([
      "arabo",
      "francese",
      "wolof",
      "inglese",
      "tigrino",
    ]);
  });

  it("drops the apostrophe a formula-escaped export added", () => {
    expect(unescapeCell("'+39 333 123")).toBe("+39 333 123");
    expect(unescapeCell("'=SUM(A1)")).toBe("=SUM(A1)");
    expect(unescapeCell("'Ngozi")).toBe("'Ngozi");
  });
});
