import type { HouseholdRelation } from "@approdo/contracts";
import { describe, expect, it } from "vitest";
import {
  ageStatus,
  householdFlags,
  leavingDateProblem,
  type MemberFacts,
  todayInItaly,
} from "./households.rules.ts";

const on = "2025-06-15";

function member(
  relation: HouseholdRelation,
  birth: { birthDate?: string; birthYear?: number } = {},
  isReference = relation === "reference_person",
): MemberFacts {
  return {
    relation,
    isReference,
    birthDate: birth.birthDate ?? null,
    birthYear: birth.birthYear ?? (birth.birthDate ? Number(birth.birthDate.slice(0, 4)) : null),
  };
}

const adult = { birthDate: "1990-03-01" };
const minor = { birthDate: "2015-09-30" };

describe("ageStatus", () => {
  it.each([
    ["a birthday later this year: still 17", { birthDate: "2007-06-16" }, "minor"],
    ["18 today", { birthDate: "2007-06-15" }, "adult"],
    ["18 yesterday", { birthDate: "2007-06-14" }, "adult"],
    ["only the year, clearly under 18", { birthYear: 2010 }, "minor"],
    ["only the year, clearly over 18", { birthYear: 2006 }, "adult"],
    ["only the year, turning 18 this year", { birthYear: 2007 }, "unknown"],
    ["nothing known", {}, "unknown"],
  ])("%s", (_case, birth, expected) => {
    expect(ageStatus({ birthDate: null, birthYear: null, ...birth }, on)).toBe(expected);
  });

  it("makes someone born on 29 February an adult on 1 March of a common year, not before", () => {
    const leapling = { birthDate: "2008-02-29", birthYear: 2008 };
    expect(ageStatus(leapling, "2026-02-28")).toBe("minor");
    expect(ageStatus(leapling, "2026-03-01")).toBe("adult");
  });
});

describe("householdFlags", () => {
  it.each<[string, MemberFacts[], boolean, number, number]>([
    [
      "a mother as reference person with two minor children",
      [member("reference_person", adult), member("child", minor), member("child", { birthYear: 2012 })],
      true,
      2,
      0,
    ],
    [
      "a couple with a minor child",
      [member("reference_person", adult), member("spouse", adult), member("child", minor)],
      false,
      1,
      0,
    ],
    [
      "a reference person with a partner of unknown age and a minor child",
      [member("reference_person", adult), member("partner"), member("child", minor)],
      false,
      1,
      1,
    ],
    [
      "a single mother living with her own mother",
      [member("reference_person", adult), member("parent", { birthYear: 1960 }), member("child", minor)],
      true,
      1,
      0,
    ],
    [
      "a parent whose only child is an adult",
      [member("reference_person", adult), member("child", { birthDate: "2001-01-01" })],
      false,
      0,
      0,
    ],
    [
      "a child whose age is unknown does not make a single parent",
      [member("reference_person", adult), member("child")],
      false,
      0,
      1,
    ],
    [
      "a minor reference person with one parent and a sibling",
      [member("reference_person", minor), member("parent", adult), member("sibling", minor)],
      true,
      2,
      0,
    ],
    [
      "a minor reference person with both parents",
      [member("reference_person", minor), member("parent", adult), member("parent", adult)],
      false,
      1,
      0,
    ],
    ["nobody marked as reference person", [member("spouse", adult), member("child", minor)], false, 1, 0],
    [
      "a grandparent as reference with minor grandchildren (not a parent)",
      [member("reference_person", { birthYear: 1950 }), member("grandchild", minor)],
      false,
      1,
      0,
    ],
    ["an empty household", [], false, 0, 0],
  ])("%s", (_case, members, singleParent, minorsInCharge, minorsUnknownAge) => {
    expect(householdFlags(members, on)).toEqual({ singleParent, minorsInCharge, minorsUnknownAge });
  });
});

describe("leavingDateProblem", () => {
  it.each([
    ["the day of joining", "2024-01-10", null],
    ["a later past day", "2025-01-10", null],
    ["today", on, null],
    ["before joining", "2024-01-09", "The leaving date is before the day the person joined"],
    ["tomorrow", "2025-06-16", "The leaving date is in the future"],
  ])("leaving on %s", (_case, leftOn, problem) => {
    expect(leavingDateProblem("2024-01-10", leftOn, on)).toBe(problem);
  });
});

describe("todayInItaly", () => {
  it("uses the Italian calendar day, not UTC's", () => {
    expect(todayInItaly(new Date("2025-06-14T22:30:00Z"))).toBe("2025-06-15");
    expect(todayInItaly(new Date("2025-01-01T22:59:00Z"))).toBe("2025-01-01");
  });
});
