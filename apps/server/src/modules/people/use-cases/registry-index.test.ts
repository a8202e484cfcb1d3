import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexNames, scoreMatch } from "../matching/index.ts";
import { candidateBirthYears, couldReachScore, duplicateYearWindow } from "./find-duplicates-bulk.ts";
import { buildRegistryIndex } from "./registry-index.ts";

function person(id: string, givenName: string, familyName: string, birthYear: number | null = 1990) {
  return { id, birthYear, nameKeys: indexNames([{ givenName, familyName }]).nameKeys };
}

const keys = (givenName: string, familyName: string) => indexNames([{ givenName, familyName }]).nameKeys;

describe("buildRegistryIndex", () => {
  it("finds people sharing a name key, in another spelling or order, born in the years asked", () => {
    const index = buildRegistryIndex([
      person("a", "Mohamed", "Benali"),
      person("b", "Amina", "Diallo"),
      person("c", "Yonas", "Tesfaye"),
      person("d", "Amina", "Diallo", 1970),
    ]);
    expect(index.size).toBe(4);
    expect(index.candidates(keys("Mohammed", "Ben Ali"), [1990], 10)).toContain("a");
    expect(index.candidates(keys("Diallo", "Amina"), [1990], 10)).toEqual(["b"]);
    expect(index.candidates(keys("Diallo", "Amina"), [1970, 1969, 1971], 10)).toEqual(["d"]);
    expect(index.candidates(keys("Diallo", "Amina"), [1980], 10)).toEqual([]);
    expect(index.candidates(keys("Grace", "Okafor"), [1990], 10)).toEqual([]);
  });

  it("always considers people whose birth year is unknown", () => {
    const index = buildRegistryIndex([
      person("x", "Yonas", "Tesfaye", null),
      person("y", "Yonas", "Tesfaye", 1950),
    ]);
    expect(index.candidates(keys("Yonas", "Tesfay"), [1990], 10)).toEqual(["x"]);
  });

  it("uses a common key only together with another one, and caps the candidates", () => {
    const rows = Array.from({ length: 60 }, (_, i) =>
      person(
        `m${String(i).padStart(2, "0")}`,
        "Mohamed",
        `Kabila${"abcdefghij"[i % 10]}${"klmnopqrst"[Math.floor(i / 10)]}`,
      ),
    );
    rows.push(person("target", "Mohamed", "Haddad"), person("other", "Fatima", "Haddad"));
    rows.push(person("older", "Mohamed", "Haddad", 1960));
    const index = buildRegistryIndex(rows);
    // "mhmd" is held by 62 people (common): alone it finds nobody else, with "hdd" it finds the one
    const found = index.candidates(keys("Muhammad", "Haddad"), [1990], 5);
    expect(found[0]).toBe("target");
    expect(found).toContain("other");
    expect(found.every((id) => id === "target" || id === "other")).toBe(true);
    // a common given name with a family name nobody has: nobody
    expect(index.candidates(keys("Mohamed", "Ouedraogo"), [1990], 5)).toEqual([]);
    // a lone common key: its holders of the years asked, up to the limit
    expect(index.candidates(keys("Mohamed", "Mohamed"), [1990], 5)).toHaveLength(5);
    expect(index.candidates(keys("Mohamed", "Mohamed"), [1960], 5)).toEqual(["older"]);
  });
});

describe("the birth years of a probe's possible duplicates", () => {
  const subject = (birthYear: number | null, taxCode: string | null = null) => ({
    names: [{ givenName: "Yonas", familyName: "Tesfaye" }],
    birthDate: null,
    birthYear,
    citizenship: "ER",
    taxCode,
    sex: "male",
  });

  it("a duplicate (0.9) is born the same year: the best match a year or two apart scores below", () => {
    expect(scoreMatch(subject(1990), subject(1990)).score).toBeGreaterThanOrEqual(0.9);
    expect(scoreMatch(subject(1990), subject(1991)).score).toBeLessThan(0.9);
    expect(duplicateYearWindow(0.9)).toBe(0);
    expect(scoreMatch(subject(1990), subject(1993)).score).toBeLessThan(0.75);
    expect(duplicateYearWindow(0.75)).toBe(2);
    // without a birth year a name alone does not reach it either
    expect(scoreMatch(subject(null), subject(1990)).score).toBeLessThan(0.9);
  });

  it("takes the year of the probe, or of its full tax code, else none", () => {
    const probe = { givenName: "Yonas", familyName: "Tesfaye" };
    expect(candidateBirthYears({ ...probe, birthYear: 1990 }, 0)).toEqual([1990]);
    expect(candidateBirthYears({ ...probe, birthDate: "1990-05-12" }, 1)).toEqual([1990, 1989, 1991]);
    // TSFYNS90E12Z315? with omocodia in the year (9 → V)
    expect(candidateBirthYears({ ...probe, taxCode: "TSFYNS9LE12Z315X" }, 0)).toEqual([1990, 2090]);
    expect(candidateBirthYears({ ...probe, taxCode: "12345678903" }, 0)).toEqual([]);
    expect(candidateBirthYears(probe, 0)).toEqual([]);
  });
});

describe("ruling candidates out before reading them", () => {
  const birth = fc.record({
    year: fc.option(fc.integer({ min: 1988, max: 1991 }), { nil: null }),
    day: fc.option(fc.constantFrom("01-01", "03-04", "04-03", "05-12", "12-05"), { nil: null }),
  });
  const sex = fc.constantFrom("male", "female", "other", "unknown");
  const taxCode = fc.option(fc.constantFrom("BNLMHM88C04Z330Q", "BNLMHM88C04Z330X", "12345678903"), {
    nil: null,
  });
  const citizenship = fc.option(fc.constantFrom("MA", "TN"), { nil: null });
  const subject = fc.record({ birth, sex, taxCode, citizenship }).map((s) => ({
    names: [{ givenName: "Mohamed", familyName: "Benali" }],
    birthYear: s.birth.year,
    birthDate: s.birth.year !== null && s.birth.day ? `${s.birth.year}-${s.birth.day}` : null,
    sex: s.sex,
    taxCode: s.taxCode,
    citizenship: s.citizenship,
  }));

  it("never rules out a candidate that scores at least the threshold (equal names: the best case)", () => {
    fc.assert(
      fc.property(subject, subject, fc.constantFrom(0.9, 0.85, 0.7), (probe, candidate, minScore) => {
        const hint = {
          birthYear: candidate.birthYear,
          birthDay: candidate.birthDate ? candidate.birthDate.slice(5) : null,
          sex: candidate.sex,
          citizenship: candidate.citizenship,
        };
        if (scoreMatch(probe, candidate).score >= minScore)
          expect(couldReachScore(probe, minScore)(hint)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("rules out another sex, birth day or citizenship for a probe without a tax code", () => {
    const probe = {
      names: [{ givenName: "A", familyName: "B" }],
      birthDate: "1990-05-12",
      birthYear: 1990,
      sex: "male",
      citizenship: "MA",
    };
    const keep = couldReachScore(probe, 0.9);
    const ma = { citizenship: "MA" };
    expect(keep({ birthYear: 1990, birthDay: "05-12", sex: "male", ...ma })).toBe(true);
    expect(keep({ birthYear: 1990, birthDay: null, sex: null, citizenship: null })).toBe(true);
    expect(keep({ birthYear: 1990, birthDay: "12-05", sex: "male", ...ma })).toBe(true);
    expect(keep({ birthYear: 1990, birthDay: "05-12", sex: "female", ...ma })).toBe(false);
    expect(keep({ birthYear: 1990, birthDay: "07-30", sex: "male", ...ma })).toBe(false);
    // another citizenship: only an equal birth date keeps the candidate
    expect(keep({ birthYear: 1990, birthDay: "05-12", sex: "male", citizenship: "TN" })).toBe(true);
    expect(keep({ birthYear: 1990, birthDay: null, sex: "male", citizenship: "TN" })).toBe(false);
  });
});
