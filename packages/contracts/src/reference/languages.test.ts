import { afterEach, describe, expect, it, vi } from "vitest";
import { isLanguageCode3, languageName, languageOf, languages } from "./languages.ts";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("languages", () => {
  it("lists the living ISO 639-3 languages once, in code order", () => {
    expect(languages.length).toBeGreaterThan(7000);
    const codes = languages.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort());
    const malformed = languages.filter(
      (l) => !/^[a-z]{3}$/.test(l.code) || !l.name || (l.iso6391 !== null && !/^[a-z]{2}$/.test(l.iso6391)),
    );
    expect(malformed).toEqual([]);
  });

  it("recognises living codes only, in lower case", () => {
    for (const c of ["ara", "ary", "apd", "tir", "prs", "pus", "ckb", "kmr", "fuv", "cmn", "sqi", "ita"]) {
      expect(isLanguageCode3(c)).toBe(true);
    }
    // Not ISO 639-3 (the B codes), extinct, reserved or malformed.
    for (const c of ["alb", "rum", "chi", "lat", "qaa", "ARA", "ar", "", "arab"])
      expect(isLanguageCode3(c)).toBe(false);
  });

  it("keeps the two-letter code and the macrolanguage flag", () => {
    expect(languageOf("ara")).toEqual({
      code: "ara",
      name: "Arabic",
      iso6391: "ar",
      macrolanguage: true,
      common: true,
    });
    expect(languageOf("ary")).toMatchObject({ iso6391: null, macrolanguage: false, common: true });
    expect(languageOf("aaa")).toMatchObject({ name: "Ghotuo", common: false });
  });

  it("marks about fifty languages common to migrants, all of them living codes", () => {
    const common = languages.filter((l) => l.common).map((l) => l.code);
    expect(common.length).toBeGreaterThanOrEqual(40);
    expect(common).toEqual(
      expect.arrayContaining(["ara", "tir", "som", "pus", "prs", "bam", "wol", "ukr", "ben"]),
    );
  });

  it.each([
    ["tir", "tigrino", "Tigrinya"],
    ["ara", "arabo", "Arabic"],
    ["ary", "arabo marocchino", "Moroccan Arabic"],
    ["apd", "arabo sudanese", "Sudanese Arabic"],
    ["twi", "twi", "Twi"],
    ["cmn", "cinese mandarino", "Mandarin Chinese"],
    ["kmr", "curdo kurmanji", "Northern Kurdish"],
    ["aaa", "Ghotuo", "Ghotuo"],
  ])("names %s in Italian (%s) and English (%s)", (code, it, en) => {
    expect(languageName(code, "it")).toBe(it);
    expect(languageName(code, "en")).toBe(en);
  });

  it("answers undefined for an unknown code and falls back to English without Intl data", () => {
    expect(languageName("qaa", "it")).toBeUndefined();
    vi.spyOn(Intl, "DisplayNames").mockImplementation(() => {
      throw new RangeError("no ICU data");
    });
    expect(languageName("tir", "it-CH")).toBe("Tigrinya");
  });
});
