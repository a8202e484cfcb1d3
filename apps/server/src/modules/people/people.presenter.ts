import type {
  cefrLevels,
  nameKinds,
  Person,
  PersonMerge,
  PersonSummary,
  permitTypes,
  sexes,
  VulnerabilityCode,
} from "@approdo/contracts";
import type { MergeRow } from "./merge.repository.ts";
import type { CurrentHousehold, PersonLanguageRow, PersonNameRow, PersonRow } from "./people.repository.ts";
import type { NameScript } from "./people.rules.ts";
import type { PermitRow, VulnerabilityRow } from "./person-details.repository.ts";

// The enums below are stored only through the contract's schemas, so the text is one of their values.
type Sex = (typeof sexes)[number];
type Cefr = (typeof cefrLevels)[number];
type NameKind = (typeof nameKinds)[number];
type PermitType = (typeof permitTypes)[number];

export function presentPersonSummary(row: PersonRow): PersonSummary {
  return {
    id: row.id,
    organizationId: row.organizationId,
    givenName: row.givenName,
    familyName: row.familyName,
    sex: row.sex as Sex,
    birthDate: row.birthDate,
    birthYear: row.birthYear,
    citizenship: row.citizenship,
    taxCode: row.taxCode,
    domicileIstat: row.domicileIstat,
    version: row.version,
  };
}

export function presentName(row: PersonNameRow): Person["names"][number] {
  return {
    id: row.id,
    kind: row.kind as NameKind,
    script: row.script as NameScript,
    givenName: row.givenName,
    familyName: row.familyName,
  };
}

export function presentPermit(row: PermitRow): Person["permits"][number] {
  return {
    id: row.id,
    type: row.type as PermitType,
    number: row.number,
    issuedOn: row.issuedOn,
    expiresOn: row.expiresOn,
    issuedBy: row.issuedBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentVulnerability(row: VulnerabilityRow): Person["vulnerabilities"][number] {
  return {
    id: row.id,
    code: row.code as VulnerabilityCode,
    specialCategory: row.specialCategory,
    since: row.since,
    until: row.until,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

export interface PersonParts {
  names: PersonNameRow[];
  languages: PersonLanguageRow[];
  permits: PermitRow[];
  /** Only the rows the caller may see: row-level security hides special-category ones. */
  vulnerabilities: VulnerabilityRow[];
  household: CurrentHousehold | null;
}

/**
 * The full record. `hiddenVulnerabilities` is never sent: for a role without access even a count
 * would tell that special-category data exists, and a role with access has nothing hidden.
 */
export function presentPerson(row: PersonRow, parts: PersonParts): Person {
  return {
    ...presentPersonSummary(row),
    countryOfBirth: row.countryOfBirth,
    stpCode: row.stpCode,
    eniCode: row.eniCode,
    italianLevel: row.italianLevel as Cefr | null,
    phone: row.phone,
    email: row.email,
    domicileAddress: row.domicileAddress,
    arrivalDate: row.arrivalDate,
    mergedIntoId: row.mergedIntoId,
    names: parts.names.map(presentName),
    languages: parts.languages.map((l) => ({ language: l.language, isPrimary: l.isPrimary })),
    permits: parts.permits.map(presentPermit),
    vulnerabilities: parts.vulnerabilities.map(presentVulnerability),
    household: parts.household,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentMerge(row: MergeRow, duplicate: PersonRow | null): PersonMerge {
  return {
    id: row.id,
    survivorId: row.survivorId,
    duplicateId: row.duplicateId,
    organizationId: row.organizationId,
    mergedAt: row.mergedAt.toISOString(),
    mergedBy: row.mergedBy,
    undoneAt: row.undoneAt?.toISOString() ?? null,
    undoneBy: row.undoneBy,
    duplicate: duplicate ? presentPersonSummary(duplicate) : null,
  };
}
