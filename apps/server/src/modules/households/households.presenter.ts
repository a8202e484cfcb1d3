import type { Household, HouseholdDetail, HouseholdMember, HouseholdRelation } from "@approdo/contracts";
import type { HouseholdRow, MemberRow } from "./households.repository.ts";
import { householdFlags, type MemberFacts } from "./households.rules.ts";

export function presentHousehold(row: HouseholdRow): Household {
  return {
    id: row.id,
    label: row.label,
    organizationId: row.organizationId,
    currentMemberCount: row.currentMemberCount,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function presentMember(row: MemberRow): HouseholdMember {
  return {
    id: row.id,
    personId: row.personId,
    person: row.person,
    // Written only through the contract's enum, so the stored text is one of its values.
    relation: row.relation as HouseholdRelation,
    isReference: row.isReference,
    joinedOn: row.joinedOn,
    leftOn: row.leftOn,
    leftReason: row.leftReason,
  };
}

function facts(row: MemberRow): MemberFacts {
  return {
    relation: row.relation as HouseholdRelation,
    isReference: row.isReference,
    birthDate: row.person?.birthDate ?? null,
    birthYear: row.person?.birthYear ?? null,
  };
}

/** The household with its members, its history and the flags derived from them on `today`. */
export function presentHouseholdDetail(
  row: HouseholdRow,
  members: readonly MemberRow[],
  today: string,
): HouseholdDetail {
  const current = members.filter((m) => m.leftOn === null);
  const past = members
    .filter((m) => m.leftOn !== null)
    .sort((a, b) => (b.leftOn ?? "").localeCompare(a.leftOn ?? "") || b.id.localeCompare(a.id));
  return {
    ...presentHousehold(row),
    referencePersonId: current.find((m) => m.isReference)?.personId ?? null,
    members: current.map(presentMember),
    history: past.map(presentMember),
    ...householdFlags(current.map(facts), today),
  };
}
