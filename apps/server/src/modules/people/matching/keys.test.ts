import { describe, expect, it } from "vitest";
import { indexNames, queryKeys } from "./keys.ts";
import { TRIGRAM_THRESHOLD, trigramSimilarity } from "./pg-trgm.testing.ts";
import type { NameInput } from "./types.ts";

const name = (givenName: string, familyName: string): NameInput => ({ givenName, familyName });

function overlap(a: string[], b: string[]): string[] {
  return a.filter((k) => b.includes(k));
}

/** Pairs of spellings of one person that candidate generation must bring together. */
const SAME_PERSON: Array<[NameInput, NameInput]> = [
  [name("Mohamed", "Abdelrahman"), name("Muhammad", "Abd al-Rahman")],
  [name("Mohamed", "Abdelrahman"), name("محمد", "عبد الرحمن")],
  [name("Muhammad", "Abd al-Rahman"), name("محمد", "عبد الرحمن")],
  [name("Oleksandr", "Shevchenko"), name("Олександр", "Шевченко")],
  [name("Oleksandr", "Shevchenko"), name("Shevchenko", "Oleksandr")],
  [name("Yonas", "Tesfay"), name("ዮናስ", "ተስፋይ")],
  [name("Mohammad", "Rahman"), name("মোহাম্মদ", "রহমান")],
  [name("Youssef", "El Sayed"), name("Yusuf", "Elsayed")],
  [name("Hussein", "Ben Ali"), name("Husain", "Benali")],
  [name("Aicha", "Ouattara"), name("Aisha", "Wattara")],
  [name("Abdullah", "Nour Eldin"), name("Abdallah", "Noureddine")],
];

describe("indexNames / queryKeys", () => {
  it.each(SAME_PERSON)("%j and %j share a key and a similar skeleton", (a, b) => {
    const x = indexNames([a]);
    const y = queryKeys({ names: [b] });
    expect(overlap(x.nameKeys, y.nameKeys).length).toBeGreaterThan(0);
    expect(trigramSimilarity(x.nameSkeleton, y.nameSkeleton)).toBeGreaterThanOrEqual(TRIGRAM_THRESHOLD);
  });

  it("gives identical keys and skeleton to the three spellings of the issue", () => {
    const spellings = [
      name("Mohamed", "Abdelrahman"),
      name("Muhammad", "Abd al-Rahman"),
      name("محمد", "عبد الرحمن"),
    ];
    const indexes = spellings.map((n) => indexNames([n]));
    for (const index of indexes) {
      expect(index.nameSkeleton).toBe("abdrhmn mhmd");
      expect(index.nameKeys).toEqual(["mhmd", "abdrhmn"]);
    }
  });

  it("fills search_text with every spelling, transliterated, each word once", () => {
    const index = indexNames([
      name("Muhammad", "Abd al-Rahman"),
      name("محمد", "عبد الرحمن"),
      name("Muhammad", "Abdelrahman"),
    ]);
    expect(index.searchText).toBe("muhammad abd alrahman mhmd alrhmn abdelrahman");
  });

  it("indexes multi-word parts as words and as a whole", () => {
    const index = indexNames([name("Fatima Zahra", "El Fassi")]);
    expect(index.nameKeys).toEqual(["ftma", "zhra", "fsi", "ftmzhra"]);
    expect(index.nameSkeleton).toBe("fsi ftma zhra");
  });

  it("keeps at most 12 keys, the primary name's first", () => {
    const many = [name("Mohamed Ali Omar", "Abdel Aziz Hassan")];
    for (const g of ["Yusuf", "Ibrahim", "Khaled", "Rashid", "Walid", "Marwan", "Tariq", "Nabil"])
      many.push(name(g, "Salem"));
    const index = indexNames(many);
    expect(index.nameKeys.length).toBeLessThanOrEqual(12);
    expect(index.nameKeys.slice(0, 3)).toEqual(["mhmd", "ali", "amr"]);
  });

  it("shares no key between unrelated people", () => {
    const x = indexNames([name("Fatima", "Zahra")]);
    const y = queryKeys({ names: [name("Oleksandr", "Shevchenko")] });
    expect(overlap(x.nameKeys, y.nameKeys)).toEqual([]);
    expect(trigramSimilarity(x.nameSkeleton, y.nameSkeleton)).toBeLessThan(TRIGRAM_THRESHOLD);
  });

  it("returns empty values for names without letters", () => {
    expect(indexNames([name("-", "?")])).toEqual({ searchText: "", nameSkeleton: "", nameKeys: [] });
    expect(indexNames([])).toEqual({ searchText: "", nameSkeleton: "", nameKeys: [] });
  });
});

describe("trigramSimilarity (pg_trgm model)", () => {
  it("matches pg_trgm on known values", () => {
    // SELECT similarity('word', 'two words') = 0.36363637 in PostgreSQL
    expect(trigramSimilarity("word", "two words")).toBeCloseTo(4 / 11, 5);
    expect(trigramSimilarity("abc", "abc")).toBe(1);
    expect(trigramSimilarity("", "abc")).toBe(0);
  });
});
