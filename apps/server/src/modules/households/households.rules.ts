import type { HouseholdRelation } from "@approdo/contracts";

/** Today in Italy (the services' calendar), as YYYY-MM-DD. */
export function todayInItaly(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome" }).format(now);
}

export type AgeStatus = "minor" | "adult" | "unknown";

/**
 * Minor or adult on `on` (YYYY-MM-DD). With only a birth year the person turns 18 some time in
 * the year `birthYear + 18`, so during that year we cannot tell; we never guess (a minor wrongly
 * counted as an adult loses protections, an adult counted as a minor distorts reports).
 */
export function ageStatus(
  person: { birthDate: string | null; birthYear: number | null },
  on: string,
): AgeStatus {
  if (person.birthDate) {
    const [by, bm, bd] = person.birthDate.split("-").map(Number) as [number, number, number];
    const [y, m, d] = on.split("-").map(Number) as [number, number, number];
    const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
    return age < 18 ? "minor" : "adult";
  }
  if (person.birthYear !== null) {
    const year = Number(on.slice(0, 4));
    const difference = year - person.birthYear;
    if (difference < 18) return "minor";
    if (difference > 18) return "adult";
  }
  return "unknown";
}

export interface MemberFacts {
  relation: HouseholdRelation;
  isReference: boolean;
  birthDate: string | null;
  birthYear: number | null;
}

export interface HouseholdFlags {
  singleParent: boolean;
  minorsInCharge: number;
  minorsUnknownAge: number;
}

/**
 * Single parent: relations are recorded towards the reference person, so the parent figures are
 * either the reference person (with spouse or partner, if any) and the children are members
 * with relation `child`; or, when the reference person is a minor, the members with relation
 * `parent` and the children are the reference person and their siblings. The household is a
 * single-parent one when exactly one parent figure is there and at least one child is a minor.
 * A spouse or partner counts whatever their recorded age: a couple is not a single parent.
 */
function singleParent(members: readonly MemberFacts[], status: readonly AgeStatus[]): boolean {
  const reference = members.findIndex((m) => m.isReference);
  if (reference === -1) return false;
  if (status[reference] === "minor") {
    const parents = members.filter((m) => !m.isReference && m.relation === "parent").length;
    return parents === 1;
  }
  const couples = members.filter(
    (m) => !m.isReference && (m.relation === "spouse" || m.relation === "partner"),
  );
  const minorChildren = members.filter(
    (m, i) => !m.isReference && m.relation === "child" && status[i] === "minor",
  ).length;
  return couples.length === 0 && minorChildren >= 1;
}

/** The household's derived flags from its current members, on a given day. Never typed by a user. */
export function householdFlags(members: readonly MemberFacts[], on: string): HouseholdFlags {
  const status = members.map((m) => ageStatus(m, on));
  return {
    singleParent: singleParent(members, status),
    minorsInCharge: status.filter((s) => s === "minor").length,
    minorsUnknownAge: status.filter((s) => s === "unknown").length,
  };
}

/** A leaving date must not precede the joining date nor lie in the future. */
export function leavingDateProblem(joinedOn: string, leftOn: string, today: string): string | null {
  if (leftOn < joinedOn) return "The leaving date is before the day the person joined";
  if (leftOn > today) return "The leaving date is in the future";
  return null;
}
