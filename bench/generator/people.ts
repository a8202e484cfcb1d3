/**
 * Realistic, multilingual people and households at any size, streamed in batches, with labelled
 * planted duplicates (re-registrations of the same person) so the duplicate matcher's precision
 * and recall can be measured. Deterministic: the same options give the same data, ids included.
 *
 *   for (const batch of generatePeople({ count: 1_000_000, seed: 1, duplicateRate: 0.02 })) …
 *
 * What is realistic here: names per country of origin (Zipf-skewed), spellings as on documents,
 * names in the original script for part of the people, ~40% of births known by the year only,
 * households of 1–7 (single parents, patronymic family names in the Horn of Africa and Sudan,
 * two surnames in Peru), valid codici fiscali for some, residence permits with expiry dates.
 * Duplicates: a person registered again later (same organisation) with another spelling or in
 * the original script, given and family name swapped, the birth day missing; the birth year,
 * sex and citizenship are the same. Each one is labelled with what was changed.
 */

import {
  indexNames,
  type NameIndex,
  spellingVariants,
} from "../../apps/server/src/modules/people/matching/index.ts";
import type { NameScript } from "../../apps/server/src/modules/people/people.rules.ts";
import { type OriginNames, origins, type PermitType } from "./names.data.ts";
import { familyTail, HEAD_SHARE, maleGivenTail } from "./names.tail.ts";
import { Rng } from "./prng.ts";
import { nativeName } from "./scripts.ts";
import { ITALIAN_BIRTHPLACES, provisionalTaxCode, taxCodeOf } from "./tax-code.ts";

export type Sex = "female" | "male";

export interface GeneratedName {
  id: string;
  kind: "original_script" | "alias" | "spoken";
  script: NameScript;
  givenName: string;
  familyName: string;
}

export interface GeneratedPermit {
  id: string;
  type: PermitType;
  number: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
  issuedBy: string | null;
}

export interface GeneratedPerson {
  id: string;
  organizationId: string;
  givenName: string;
  familyName: string;
  sex: Sex;
  birthDate: string | null;
  birthYear: number;
  countryOfBirth: string;
  citizenship: string;
  taxCode: string | null;
  stpCode: string | null;
  italianLevel: string | null;
  phone: string | null;
  email: string | null;
  arrivalDate: string | null;
  createdAt: Date;
  /** Other spellings: the name in the original script, aliases. */
  names: GeneratedName[];
  languages: { language: string; isPrimary: boolean }[];
  permits: GeneratedPermit[];
  /** The stored name index (people.search_text, name_skeleton, name_keys), as the app computes it. */
  index: NameIndex;
  /** Set on a planted duplicate: the record it registers again. */
  duplicateOf: string | null;
}

export interface GeneratedMember {
  id: string;
  personId: string;
  relation: "reference_person" | "spouse" | "child" | "sibling" | "parent" | "other_relative";
  isReference: boolean;
  joinedOn: string;
}

export interface GeneratedHousehold {
  id: string;
  organizationId: string;
  label: string;
  createdAt: Date;
  members: GeneratedMember[];
}

export type DuplicateChange =
  | "given_respelled"
  | "family_respelled"
  | "family_shortened"
  | "swapped"
  | "script"
  | "birth_day_missing"
  | "tax_code_dropped"
  | "exact";

/** What an operator types when registering the person again: the body of POST /people/matches. */
export interface MatchQueryBody {
  givenName: string;
  familyName: string;
  birthDate: string | null;
  birthYear: number;
  citizenship: string;
  sex: Sex;
  taxCode: string | null;
}

export interface DuplicateLabel {
  duplicateId: string;
  originalId: string;
  /** The original record's name and birth year, as registered. */
  original: { givenName: string; familyName: string; birthYear: number };
  organizationId: string;
  changes: DuplicateChange[];
  /** The duplicate as the operator typed it (in the original script when `changes` has "script"). */
  query: MatchQueryBody;
}

export interface PersonAccessGrant {
  personId: string;
  organizationId: string;
  reason: string;
}

export interface PeopleBatch {
  people: GeneratedPerson[];
  households: GeneratedHousehold[];
  access: PersonAccessGrant[];
  duplicates: DuplicateLabel[];
}

export interface BenchOrganization {
  id: string;
  /** Relative share of the people registered by this organisation. */
  weight: number;
}

export interface GenerateOptions {
  /** People to generate, planted duplicates included. */
  count: number;
  seed?: number;
  /** Share of the people that are planted duplicates of an earlier one (default 0.02). */
  duplicateRate?: number;
  /**
   * Who registers them (default: defaultOrganizations(seed)); the first one is "ours": the other
   * organisations share a few of their people with it (person_access, reason "referral").
   */
  organizations?: readonly BenchOrganization[];
  /** People per batch (default 1,000). */
  batchSize?: number;
  /** Registrations are spread over [from, to) (default 2019-01-01 … 2026-11-01); ids are UUIDv7 of these instants. */
  from?: string;
  to?: string;
  /** Ages and permits are relative to this day (default 2026-11-22). */
  today?: string;
  /** Share of the other organisations' people shared with the first one (default 0.03). */
  accessShare?: number;
}

const DEFAULT_TODAY = "2026-11-22";
const DAY_MS = 86_400_000;
/** Originals kept as candidates for being registered again (a uniform reservoir sample). */
const RESERVOIR = 20_000;

/** Three organisations with fixed ids for a seed: 75% / 15% / 10% of the people. */
export function defaultOrganizations(seed = 1): BenchOrganization[] {
  const rng = new Rng(seed ^ 0x5eed);
  return [0.75, 0.15, 0.1].map((weight) => ({ id: uuidV7(Date.UTC(2018, 0, 1), rng), weight }));
}

/** A UUIDv7 of the instant `ms` with PRNG bits: deterministic, and time-ordered like the app's ids. */
export function uuidV7(ms: number, rng: Rng): string {
  const t = Math.floor(ms).toString(16).padStart(12, "0");
  const r = rng.hex(19);
  const variant = ((Number.parseInt(r[3] ?? "0", 16) & 0x3) | 0x8).toString(16);
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${r.slice(0, 3)}-${variant}${r.slice(4, 7)}-${r.slice(7, 19)}`;
}

const isoDays = new Map<number, string>();

/** YYYY-MM-DD of an instant (cached per day: the same few thousand days come up millions of times). */
function isoDate(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let out = isoDays.get(day);
  if (out === undefined) {
    out = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoDays.set(day, out);
  }
  return out;
}

function dayMs(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

function addYears(iso: string, years: number, months = 0): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years, d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

const SCRIPT_OF_ORIGIN = new Map(origins.map((o) => [o.country, o]));
const PERSIAN_LETTERS = new Set(["AF", "PK"]);
const RUSSIAN_FORMS: Record<string, string> = {
  Oleksandr: "Aleksandr",
  Serhii: "Sergey",
  Oleksii: "Aleksei",
  Andrii: "Andrey",
  Dmytro: "Dmitriy",
  Yuliia: "Yulia",
  Nataliia: "Natalia",
  Tetiana: "Tatiana",
  Iryna: "Irina",
  Mariia: "Maria",
  Olha: "Olga",
  Yurii: "Yuriy",
  Vitalii: "Vitaliy",
};
/** Bangladeshi women's surnames (Akter, Begum…): never a man's, nor passed on to children. */
const FEMALE_ONLY_SURNAMES = new Set(["Akter", "Begum", "Khatun", "Sultana", "Parvin", "Nahar", "Yasmin"]);
const LEVELS: ReadonlyArray<readonly [string | null, number]> = [
  [null, 35],
  ["pre_a1", 15],
  ["a1", 20],
  ["a2", 15],
  ["b1", 10],
  ["b2", 5],
];
const HOUSEHOLD_SIZES: ReadonlyArray<readonly [number, number]> = [
  [1, 48],
  [2, 14],
  [3, 12],
  [4, 11],
  [5, 8],
  [6, 4],
  [7, 3],
];
const QUESTURE = ["Roma", "Milano", "Torino", "Napoli", "Palermo", "Bologna", "Firenze", "Bari", "Catania"];
const STP_REGIONS = ["030", "050", "080", "090", "120", "150", "190"];
/** Years of validity by permit type (null: no expiry). */
const VALIDITY: Record<PermitType, number | null> = {
  asylum_request: 0.5,
  refugee_status: 5,
  subsidiary_protection: 5,
  special_protection: 2,
  humanitarian: 2,
  temporary_protection: 1,
  family: 2,
  work: 2,
  study: 1,
  minor_age: 1,
  long_term_eu: null,
  other: 1,
};

interface Slot {
  ms: number;
}

/** The generator's state; one instance per generatePeople call. */
class PeopleFactory {
  readonly rng: Rng;
  readonly today: string;
  readonly todayYear: number;
  private readonly originTable: ReadonlyArray<readonly [OriginNames, number]>;
  private readonly orgTable: ReadonlyArray<readonly [string, number]>;
  readonly mainOrg: string;
  private readonly accessShare: number;
  /** Reservoir of originals (Algorithm R) that may be registered again. */
  readonly reservoir: GeneratedPerson[] = [];
  private originalsSeen = 0;

  constructor(
    options: Required<Pick<GenerateOptions, "seed" | "today" | "accessShare">> & {
      organizations: readonly BenchOrganization[];
    },
  ) {
    this.rng = new Rng(options.seed);
    this.today = options.today;
    this.todayYear = Number(options.today.slice(0, 4));
    this.originTable = origins.map((o) => [o, o.weight] as const);
    this.orgTable = options.organizations.map((o) => [o.id, o.weight] as const);
    this.mainOrg = options.organizations[0]?.id ?? "";
    this.accessShare = options.accessShare;
  }

  id(slot: Slot): string {
    return uuidV7(slot.ms, this.rng);
  }

  pickOrigin(): OriginNames {
    return this.rng.weighted(this.originTable);
  }

  pickOrganization(): string {
    return this.rng.weighted(this.orgTable);
  }

  given(origin: OriginNames, sex: Sex): string {
    const tail = sex === "male" ? this.tails(origin).male : [];
    if (tail.length > 0 && this.rng.chance(0.25)) return this.rng.zipf(tail, 0.3);
    return this.rng.zipf(sex === "male" ? origin.male : origin.female);
  }

  /** A frequent family name (Zipf over the head list) or, for the rest, a rarer one of the tail. */
  private surname(origin: OriginNames, sex: Sex): string {
    const { family, familyMale, tail, tailMale } = this.tails(origin);
    const male = sex === "male";
    if (tail.length > 0 && !this.rng.chance(HEAD_SHARE[origin.country] ?? 0.45))
      return this.rng.zipf(male ? tailMale : tail, 0.3);
    return this.rng.zipf(male ? familyMale : family);
  }

  family(origin: OriginNames, sex: Sex): string {
    if (origin.familyNaming === "double") return `${this.surname(origin, sex)} ${this.surname(origin, sex)}`;
    return this.surname(origin, sex);
  }

  private readonly tailCache = new Map<
    string,
    { family: string[]; familyMale: string[]; tail: string[]; tailMale: string[]; male: string[] }
  >();

  /** The origin's name pools: Bangladeshi women often carry Akter, Begum, Khatun…; men never do. */
  private tails(origin: OriginNames) {
    let t = this.tailCache.get(origin.country);
    if (!t) {
      const tail = familyTail(origin.country, origin.family);
      const forMen = (names: string[]) => names.filter((n) => !FEMALE_ONLY_SURNAMES.has(n));
      t = {
        family: origin.family,
        familyMale: forMen(origin.family),
        tail,
        tailMale: forMen(tail),
        male: maleGivenTail(origin.country, origin.male),
      };
      this.tailCache.set(origin.country, t);
    }
    return t;
  }

  /**
   * Birth of someone `age` years old today: a full date for ~55% of adults and ~72% of minors
   * (birth certificates), so about 40% of the people are known by the year only.
   */
  birth(age: number): { birthDate: string | null; birthYear: number } {
    const birthYear = this.todayYear - age - (this.rng.chance(0.5) ? 1 : 0);
    const fullDate = this.rng.chance(age < 18 ? 0.72 : 0.55);
    if (!fullDate) return { birthDate: null, birthYear };
    const start = Date.UTC(birthYear, 0, 1);
    const day = this.rng.int(birthYear % 4 === 0 ? 366 : 365);
    return { birthDate: isoDate(start + day * DAY_MS), birthYear };
  }

  otherNames(person: GeneratedPerson, origin: OriginNames, slot: Slot): GeneratedName[] {
    const names: GeneratedName[] = [];
    if (origin.script && this.rng.chance(origin.nativeShare)) {
      const persian = PERSIAN_LETTERS.has(origin.country);
      const given = nativeName(person.givenName, origin.script, persian);
      const family = nativeName(person.familyName, origin.script, persian);
      if (given && family) {
        names.push({
          id: this.id(slot),
          kind: "original_script",
          script: origin.script,
          givenName: given,
          familyName: family,
        });
      }
    }
    if (this.rng.chance(0.04)) {
      // Another office's spelling, kept as an alias.
      const variants = spellingVariants(person.familyName, { max: 4 });
      if (variants.length > 0) {
        names.push({
          id: this.id(slot),
          kind: "alias",
          script: "Latn",
          givenName: person.givenName,
          familyName: this.rng.pick(variants),
        });
      }
    }
    return names;
  }

  languages(origin: OriginNames): { language: string; isPrimary: boolean }[] {
    const out = [{ language: origin.languages[0] ?? "ara", isPrimary: true }];
    const second = origin.languages[1];
    if (second && this.rng.chance(0.4)) out.push({ language: second, isPrimary: false });
    if (this.rng.chance(0.3) && !out.some((l) => l.language === "ita"))
      out.push({ language: "ita", isPrimary: false });
    return out;
  }

  permits(origin: OriginNames, age: number, arrival: string, slot: Slot): GeneratedPermit[] {
    if (!this.rng.chance(age < 18 ? 0.6 : 0.78)) return [];
    const count = this.rng.chance(0.25) ? 2 : 1;
    const permits: GeneratedPermit[] = [];
    let issued = dayMs(arrival) + this.rng.between(10, 200) * DAY_MS;
    const todayMs = dayMs(this.today);
    for (let i = 0; i < count; i++) {
      if (issued > todayMs) issued = todayMs - this.rng.between(1, 60) * DAY_MS;
      const type: PermitType =
        age < 18 ? (this.rng.chance(0.6) ? "family" : "minor_age") : this.rng.weighted(origin.permits);
      const years = VALIDITY[type];
      const issuedOn = isoDate(issued);
      const expiresOn =
        years === null ? null : addYears(issuedOn, Math.floor(years), Math.round((years % 1) * 12));
      permits.push({
        id: this.id(slot),
        type,
        number: this.rng.chance(0.9) ? `I${String(this.rng.int(100_000_000)).padStart(8, "0")}` : null,
        issuedOn,
        expiresOn,
        issuedBy: `Questura di ${this.rng.pick(QUESTURE)}`,
      });
      // A renewal follows the previous permit's expiry.
      issued = expiresOn ? dayMs(expiresOn) + this.rng.between(0, 90) * DAY_MS : issued + 365 * DAY_MS;
    }
    return permits;
  }

  person(args: {
    origin: OriginNames;
    organizationId: string;
    sex: Sex;
    age: number;
    givenName: string;
    familyName: string;
    arrival: string;
    slot: Slot;
  }): GeneratedPerson {
    const { origin, sex, age, slot } = args;
    const { birthDate, birthYear } = this.birth(age);
    const arrivedYear = Number(args.arrival.slice(0, 4));
    const bornInItaly = age < 18 && birthYear > arrivedYear && this.rng.chance(0.7);
    const countryOfBirth = bornInItaly ? "IT" : origin.country;
    let taxCode: string | null = null;
    if (birthDate && this.rng.chance(bornInItaly ? 0.9 : 0.4)) {
      taxCode = taxCodeOf({
        givenName: args.givenName,
        familyName: args.familyName,
        sex,
        birthDate,
        countryOfBirth,
        italianBirthplace: this.rng.pick(ITALIAN_BIRTHPLACES),
      });
    } else if (!birthDate && age >= 18 && this.rng.chance(0.12)) {
      taxCode = provisionalTaxCode(this.rng);
    }
    const person: GeneratedPerson = {
      id: this.id(slot),
      organizationId: args.organizationId,
      givenName: args.givenName,
      familyName: args.familyName,
      sex,
      birthDate,
      birthYear,
      countryOfBirth,
      citizenship: origin.country,
      taxCode,
      stpCode:
        taxCode === null && this.rng.chance(0.08)
          ? `STP${this.rng.pick(STP_REGIONS)}${String(this.rng.between(101, 320))}${String(this.rng.between(1, 9_999_999)).padStart(7, "0")}`
          : null,
      italianLevel: age >= 6 ? this.rng.weighted(LEVELS) : null,
      phone:
        age >= 16 && this.rng.chance(0.65)
          ? `+39 3${this.rng.between(20, 99)} ${String(this.rng.int(10_000_000)).padStart(7, "0")}`
          : null,
      email: age >= 16 && this.rng.chance(0.15) ? `persona${this.rng.hex(8)}@example.org` : null,
      arrivalDate: bornInItaly ? null : args.arrival,
      createdAt: new Date(slot.ms),
      names: [],
      languages: this.languages(origin),
      permits: [],
      index: { searchText: "", nameSkeleton: "", nameKeys: [] },
      duplicateOf: null,
    };
    person.names = this.otherNames(person, origin, slot);
    person.permits = bornInItaly && age < 14 ? [] : this.permits(origin, age, args.arrival, slot);
    person.index = indexOf(person);
    return person;
  }

  remember(person: GeneratedPerson): void {
    this.originalsSeen += 1;
    if (this.reservoir.length < RESERVOIR) this.reservoir.push(person);
    else {
      const j = this.rng.int(this.originalsSeen);
      if (j < RESERVOIR) this.reservoir[j] = person;
    }
  }

  /** A household of `size` people of one origin and organisation (size 1: maybe no household row). */
  household(size: number, slot: Slot): { people: GeneratedPerson[]; household: GeneratedHousehold | null } {
    const origin = this.pickOrigin();
    const organizationId = this.pickOrganization();
    const arrival = isoDate(
      Math.min(
        slot.ms - 30 * DAY_MS,
        Date.UTC(2014, 0, 1) + this.rng.next() * (slot.ms - Date.UTC(2014, 0, 1)),
      ),
    );
    const people: GeneratedPerson[] = [];
    const relations: GeneratedMember["relation"][] = [];
    const singleParent = size >= 2 && this.rng.chance(0.3);
    const refSex: Sex = singleParent
      ? this.rng.chance(0.8)
        ? "female"
        : "male"
      : size === 1
        ? this.rng.chance(0.72)
          ? "male"
          : "female"
        : "male";
    const refAge = size === 1 ? this.rng.between(18, 55) : this.rng.between(22, 52);
    const refGiven = this.given(origin, refSex);
    const refFamily = this.family(origin, refSex);
    const ref = this.person({
      origin,
      organizationId,
      sex: refSex,
      age: refAge,
      givenName: refGiven,
      familyName: refFamily,
      arrival,
      slot,
    });
    people.push(ref);
    relations.push("reference_person");

    let father: { given: string; family: string } | null =
      refSex === "male" ? { given: refGiven, family: refFamily } : null;
    let motherFamily = refSex === "female" ? refFamily : null;
    let remaining = size - 1;
    if (remaining > 0 && !singleParent) {
      const sex: Sex = refSex === "male" ? "female" : "male";
      const keepsName = (origin.country === "UA" || origin.country === "AL") && this.rng.chance(0.65);
      const family = keepsName ? refFamily : this.family(origin, sex);
      const given = this.given(origin, sex);
      people.push(
        this.person({
          origin,
          organizationId,
          sex,
          age: Math.max(18, refAge + this.rng.between(-8, 4)),
          givenName: given,
          familyName: family,
          arrival,
          slot,
        }),
      );
      relations.push("spouse");
      if (sex === "male") father = { given, family };
      else motherFamily = family;
      remaining -= 1;
    }
    if (!father) {
      // The children of a single mother carry their (absent) father's name.
      father = { given: this.given(origin, "male"), family: this.family(origin, "male") };
    }
    for (let i = 0; i < remaining; i++) {
      const other = size >= 5 && i === remaining - 1 && this.rng.chance(0.25);
      if (other) {
        const sex: Sex = this.rng.chance(0.5) ? "female" : "male";
        const relation = this.rng.weighted<GeneratedMember["relation"]>([
          ["sibling", 5],
          ["parent", 3],
          ["other_relative", 2],
        ]);
        const age = relation === "parent" ? refAge + this.rng.between(20, 30) : this.rng.between(16, 50);
        const family = relation === "other_relative" ? this.family(origin, sex) : refFamily;
        people.push(
          this.person({
            origin,
            organizationId,
            sex,
            age,
            givenName: this.given(origin, sex),
            familyName: family,
            arrival,
            slot,
          }),
        );
        relations.push(relation);
        continue;
      }
      const sex: Sex = this.rng.chance(0.5) ? "female" : "male";
      const age = Math.max(
        0,
        Math.min(refAge - 17, this.rng.between(0, 17) + (this.rng.chance(0.1) ? 6 : 0)),
      );
      let family = father.family;
      if (origin.familyNaming === "patronymic") family = father.given;
      else if (origin.familyNaming === "double")
        family = `${father.family.split(" ")[0]} ${(motherFamily ?? this.family(origin, "female")).split(" ")[0]}`;
      people.push(
        this.person({
          origin,
          organizationId,
          sex,
          age,
          givenName: this.given(origin, sex),
          familyName: family,
          arrival,
          slot,
        }),
      );
      relations.push("child");
    }
    if (size === 1 && !this.rng.chance(0.4)) return { people, household: null };
    const joinedOn = isoDate(slot.ms);
    return {
      people,
      household: {
        id: this.id(slot),
        organizationId,
        label: `Nucleo ${refFamily}`,
        createdAt: new Date(slot.ms),
        members: people.map((p, i) => ({
          id: this.id(slot),
          personId: p.id,
          relation: relations[i] ?? "other_relative",
          isReference: i === 0,
          joinedOn,
        })),
      },
    };
  }

  access(person: GeneratedPerson): PersonAccessGrant | null {
    if (person.organizationId === this.mainOrg || !this.rng.chance(this.accessShare)) return null;
    return { personId: person.id, organizationId: this.mainOrg, reason: "referral" };
  }

  /** The same person registered again, later, by the same organisation. */
  duplicate(original: GeneratedPerson, slot: Slot): { person: GeneratedPerson; label: DuplicateLabel } {
    const origin = SCRIPT_OF_ORIGIN.get(original.citizenship);
    const changes: DuplicateChange[] = [];
    let givenName = original.givenName;
    let familyName = original.familyName;
    const respell = (name: string): string | null => {
      const russian = original.citizenship === "UA" ? RUSSIAN_FORMS[name] : undefined;
      if (russian && this.rng.chance(0.5)) return russian;
      const variants = spellingVariants(name, { max: 6 });
      return variants.length > 0 ? this.rng.pick(variants) : null;
    };
    if (this.rng.chance(0.55)) {
      const v = respell(givenName);
      if (v) {
        givenName = v;
        changes.push("given_respelled");
      }
    }
    if (this.rng.chance(0.45)) {
      const words = familyName.split(" ");
      if (original.citizenship === "PE" && words.length === 2 && this.rng.chance(0.5)) {
        familyName = words[0] ?? familyName;
        changes.push("family_shortened");
      } else {
        const v = respell(familyName);
        if (v) {
          familyName = v;
          changes.push("family_respelled");
        }
      }
    }
    if (this.rng.chance(0.12)) {
      [givenName, familyName] = [familyName, givenName];
      changes.push("swapped");
    }
    let native: { givenName: string; familyName: string } | null = null;
    if (origin?.script && this.rng.chance(0.25)) {
      const persian = PERSIAN_LETTERS.has(origin.country);
      const g = nativeName(original.givenName, origin.script, persian);
      const f = nativeName(original.familyName, origin.script, persian);
      if (g && f) {
        native = changes.includes("swapped")
          ? { givenName: f, familyName: g }
          : { givenName: g, familyName: f };
        changes.push("script");
      }
    }
    if (changes.length === 0 && !this.rng.chance(0.15)) {
      // Most re-registrations differ somewhere; ~15% are typed exactly as the first time.
      const g = respell(givenName);
      const f = g ? null : respell(familyName);
      if (g) {
        givenName = g;
        changes.push("given_respelled");
      } else if (f) {
        familyName = f;
        changes.push("family_respelled");
      }
    }
    let birthDate = original.birthDate;
    if (birthDate && this.rng.chance(0.35)) {
      birthDate = null;
      changes.push("birth_day_missing");
    }
    let taxCode = original.taxCode;
    if (taxCode && !this.rng.chance(0.3)) {
      taxCode = null;
      changes.push("tax_code_dropped");
    }
    const nameChanged = changes.some((c) => c !== "birth_day_missing" && c !== "tax_code_dropped");
    if (!nameChanged) changes.unshift("exact");
    const person: GeneratedPerson = {
      ...original,
      id: this.id(slot),
      givenName,
      familyName,
      birthDate,
      taxCode,
      stpCode: null,
      phone: this.rng.chance(0.5) ? original.phone : null,
      email: null,
      createdAt: new Date(slot.ms),
      names: native
        ? [{ id: this.id(slot), kind: "original_script", script: origin?.script ?? "Other", ...native }]
        : [],
      permits: original.permits.slice(-1).map((p) => ({ ...p, id: this.id(slot) })),
      duplicateOf: original.id,
    };
    person.index = indexOf(person);
    const query: MatchQueryBody = {
      givenName: native?.givenName ?? givenName,
      familyName: native?.familyName ?? familyName,
      birthDate,
      birthYear: original.birthYear,
      citizenship: original.citizenship,
      sex: original.sex,
      taxCode,
    };
    return {
      person,
      label: {
        duplicateId: person.id,
        originalId: original.id,
        original: {
          givenName: original.givenName,
          familyName: original.familyName,
          birthYear: original.birthYear,
        },
        organizationId: person.organizationId,
        changes,
        query,
      },
    };
  }
}

function indexOf(person: GeneratedPerson): NameIndex {
  return indexNames([
    { givenName: person.givenName, familyName: person.familyName },
    ...person.names.map((n) => ({ givenName: n.givenName, familyName: n.familyName })),
  ]);
}

/**
 * Streams `count` people in batches of `batchSize` (the last one smaller), households and
 * planted duplicates with their labels. Memory stays bounded (a reservoir of 20,000 originals).
 */
export function* generatePeople(options: GenerateOptions): Generator<PeopleBatch> {
  const seed = options.seed ?? 1;
  const duplicateRate = options.duplicateRate ?? 0.02;
  const batchSize = options.batchSize ?? 1000;
  const organizations = options.organizations ?? defaultOrganizations(seed);
  if (organizations.length === 0) throw new Error("generatePeople needs at least one organisation");
  const factory = new PeopleFactory({
    seed,
    today: options.today ?? DEFAULT_TODAY,
    accessShare: options.accessShare ?? 0.03,
    organizations,
  });
  const rng = factory.rng;
  const from = dayMs(options.from ?? "2019-01-01");
  const to = dayMs(options.to ?? "2026-11-01");
  const step = (to - from) / Math.max(1, options.count);

  let emitted = 0;
  let duplicates = 0;
  let batch: PeopleBatch = { people: [], households: [], access: [], duplicates: [] };
  const slot = (): Slot => ({ ms: from + emitted * step + rng.next() * step * 0.9 });

  while (emitted < options.count) {
    const wantDuplicate =
      factory.reservoir.length > 100 && duplicates < duplicateRate * (emitted + 1) && rng.chance(0.5);
    if (wantDuplicate) {
      const { person, label } = factory.duplicate(rng.pick(factory.reservoir), slot());
      batch.people.push(person);
      batch.duplicates.push(label);
      duplicates += 1;
      emitted += 1;
    } else {
      const size = Math.min(rng.weighted(HOUSEHOLD_SIZES), options.count - emitted);
      const { people, household } = factory.household(size, slot());
      for (const p of people) {
        factory.remember(p);
        const grant = factory.access(p);
        if (grant) batch.access.push(grant);
      }
      batch.people.push(...people);
      if (household) batch.households.push(household);
      emitted += people.length;
    }
    if (batch.people.length >= batchSize) {
      yield batch;
      batch = { people: [], households: [], access: [], duplicates: [] };
    }
  }
  if (batch.people.length > 0) yield batch;
}
