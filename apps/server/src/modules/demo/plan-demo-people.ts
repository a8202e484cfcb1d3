/**
 * Turns the fictional demo people of demo-people.ts into the inputs and rows to write: dates
 * relative to the seeding day, ids, and what a seeded random generator decides (birth days,
 * arrival days, made-up STP and provisional tax codes), so the demo is the same on every machine
 * seeded on the same day. Each input goes through the API's own zod schema, so the demo holds
 * nothing an operator could not have typed. No database.
 */
import {
  consentCreateSchema,
  householdCreateSchema,
  isSpecialCategory,
  numericCheckDigit,
  type PersonCreate,
  personCreateSchema,
  residencePermitInputSchema,
  vulnerabilityInputSchema,
} from "@approdo/contracts";
import type { BulkHousehold } from "../households/index.ts";
import type {
  DemoConsentRow,
  DemoMembershipRow,
  DemoPermitRow,
  DemoVulnerabilityRow,
} from "./demo-people.repository.ts";
import {
  type DemoPeopleOrgKey,
  type DemoPersonSpec,
  demoConsents,
  demoDomicileIstat,
  demoHouseholds,
  demoPeople,
  demoPermitIssuer,
} from "./demo-people.ts";

/** Today in Italy (the services' calendar), as YYYY-MM-DD. */
export function todayInRome(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome" }).format(now);
}

/** mulberry32: a small seeded generator, uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEMO_SEED = 20_231_103; // the day of the LgNet2 article (seed 002)

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
export function addDays(day: string, days: number): string {
  const d = utc(day);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}
/** Whole months, the day clamped to the month's length (31 March − 1 month = 28/29 February). */
export function addMonths(day: string, months: number): string {
  const d = utc(day);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return iso(target);
}
function later(a: string, b: string | null): string {
  return b !== null && b > a ? b : a;
}

/** STP prefixes ("STP" + region + health authority) of the organisations whose people may need one. */
const stpPrefix: Record<DemoPeopleOrgKey, string> = {
  "comune-palermo": "STP190206",
  "comune-latina": "STP120112",
  "unione-valle-savio": "STP080113",
};

export interface PlannedHousehold {
  organizationId: string;
  household: BulkHousehold;
  /** Past members; `householdId` is filled in once the household exists. */
  former: Omit<DemoMembershipRow, "householdId">[];
}

export interface DemoPeoplePlan {
  /** Per organisation, in the data's order; every input carries its id. */
  people: { organizationId: string; inputs: PersonCreate[] }[];
  households: PlannedHousehold[];
  /** The real joining day of each current membership. */
  joinDates: { personId: string; joinedOn: string }[];
  permits: DemoPermitRow[];
  vulnerabilities: DemoVulnerabilityRow[];
  consents: DemoConsentRow[];
  /** Person ids by the data's keys (for tests). */
  idOf: ReadonlyMap<string, string>;
}

interface PlannedPerson {
  spec: DemoPersonSpec;
  orgKey: DemoPeopleOrgKey;
  input: PersonCreate;
  /** Arrival, or birth for children born in Italy: nothing happened here before that day. */
  since: string | null;
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`demo people: unknown ${what}`);
  return value;
}

function digits(random: () => number, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += String(Math.floor(random() * 10));
  return s;
}

function birthOf(spec: DemoPersonSpec, today: string, random: () => number, born: Map<string, string>) {
  const birthDate = spec.sameBirthAs
    ? must(born.get(spec.sameBirthAs), `person "${spec.sameBirthAs}" (list it before its duplicate)`)
    : addDays(addMonths(today, -12 * spec.age), -(1 + Math.floor(random() * 364)));
  born.set(spec.key, birthDate);
  return spec.yearOnly
    ? { birthDate: null, birthYear: Number(birthDate.slice(0, 4)) }
    : { birthDate, birthYear: null };
}

function personInput(
  spec: DemoPersonSpec,
  orgKey: DemoPeopleOrgKey,
  id: string,
  today: string,
  random: () => number,
  seen: { born: Map<string, string>; arrived: Map<string, string> },
): PlannedPerson {
  const { born, arrived } = seen;
  const birth = birthOf(spec, today, random, born);
  const arrivalDate = spec.arrivedWith
    ? must(arrived.get(spec.arrivedWith), `person "${spec.arrivedWith}" (list them first)`)
    : spec.arrivedMonthsAgo === undefined
      ? null
      : addDays(addMonths(today, -spec.arrivedMonthsAgo), -Math.floor(random() * 14));
  if (arrivalDate) arrived.set(spec.key, arrivalDate);
  const code = spec.healthOrTaxCode;
  const first10 = code === "provisional_tax_code" ? `9${digits(random, 9)}` : "";
  const input = personCreateSchema.parse({
    id,
    givenName: spec.givenName,
    familyName: spec.familyName,
    sex: spec.sex,
    ...birth,
    countryOfBirth: spec.countryOfBirth ?? spec.citizenship,
    citizenship: spec.citizenship,
    taxCode: first10 ? `${first10}${numericCheckDigit(first10)}` : null,
    stpCode: code === "stp" ? `${stpPrefix[orgKey]}${digits(random, 7)}` : null,
    italianLevel: spec.italianLevel ?? null,
    domicileIstat: spec.domicile ? demoDomicileIstat[orgKey] : null,
    domicileAddress: spec.domicile ?? null,
    arrivalDate,
    languages: spec.languages.map((language, i) => ({ language, isPrimary: i === 0 })),
    otherNames: spec.otherNames ?? [],
  });
  return { spec, orgKey, input, since: arrivalDate ?? birth.birthDate };
}

function permitRows(p: PlannedPerson, today: string, random: () => number, newId: () => string) {
  return (p.spec.permits ?? []).map((permit): DemoPermitRow => {
    const issued = addDays(addMonths(today, -permit.issuedMonthsAgo), -Math.floor(random() * 14));
    const parsed = residencePermitInputSchema.parse({
      type: permit.type,
      issuedOn: later(issued, p.since),
      expiresOn: permit.expiresInDays === undefined ? null : addDays(today, permit.expiresInDays),
      issuedBy: demoPermitIssuer[p.orgKey],
    });
    return {
      id: newId(),
      personId: must(p.input.id, "person id"),
      type: parsed.type,
      number: null,
      issuedOn: parsed.issuedOn ?? null,
      expiresOn: parsed.expiresOn ?? null,
      issuedBy: parsed.issuedBy ?? null,
      createdBy: null,
    };
  });
}

function vulnerabilityRows(p: PlannedPerson, today: string, newId: () => string) {
  return (p.spec.vulnerabilities ?? []).map((v): DemoVulnerabilityRow => {
    const parsed = vulnerabilityInputSchema.parse({
      code: v.code,
      since: later(addMonths(today, -v.sinceMonthsAgo), p.since),
      until: v.endedMonthsAgo === undefined ? null : addMonths(today, -v.endedMonthsAgo),
      note: v.note ?? null,
    });
    return {
      id: newId(),
      personId: must(p.input.id, "person id"),
      code: parsed.code,
      specialCategory: isSpecialCategory(parsed.code),
      since: parsed.since ?? null,
      until: parsed.until ?? null,
      note: parsed.note ?? null,
      createdBy: null,
    };
  });
}

function consentRows(
  planned: ReadonlyMap<string, PlannedPerson>,
  organizationIds: ReadonlyMap<string, string>,
  today: string,
  newId: () => string,
): DemoConsentRow[] {
  return demoConsents.map((c) => {
    const p = must(planned.get(c.personKey), `person "${c.personKey}"`);
    const givenOn = later(addDays(today, -c.givenDaysAgo), p.since);
    const parsed = consentCreateSchema.parse({
      purpose: c.purpose,
      organizationIds: c.toOrgKeys.map((k) => must(organizationIds.get(k), `organisation "${k}"`)),
      dataCategories: c.dataCategories ?? [],
      givenOn,
      explainedInLanguage: c.explainedIn,
    });
    const withdrawnOn = c.withdrawnDaysAgo === undefined ? null : addDays(today, -c.withdrawnDaysAgo);
    if (givenOn > today || (withdrawnOn !== null && (withdrawnOn < givenOn || withdrawnOn > today))) {
      throw new Error(`demo people: consent dates of "${c.personKey}" out of order`);
    }
    return {
      id: newId(),
      personId: must(p.input.id, "person id"),
      purpose: parsed.purpose,
      organizationIds: parsed.organizationIds,
      dataCategories: parsed.dataCategories ?? [],
      givenOn: parsed.givenOn,
      explainedInLanguage: parsed.explainedInLanguage,
      documentId: null,
      withdrawnOn,
      withdrawalNote: c.withdrawalNote ?? null,
      recordedBy: null,
    };
  });
}

function householdPlans(
  planned: ReadonlyMap<string, PlannedPerson>,
  organizationIds: ReadonlyMap<string, string>,
  today: string,
  newId: () => string,
) {
  const joinDates: { personId: string; joinedOn: string }[] = [];
  const households = demoHouseholds.map((h): PlannedHousehold => {
    const personOf = (key: string) => must(planned.get(key), `person "${key}"`);
    const idOf = (key: string) => must(personOf(key).input.id, "person id");
    const household: BulkHousehold = {
      label: h.label,
      members: h.members.map((m) => ({ personId: idOf(m.personKey), relation: m.relation })),
    };
    householdCreateSchema.parse(household);
    for (const m of h.members) {
      const joinedOn =
        m.joinedDaysAgo === undefined
          ? (personOf(m.personKey).since ?? today)
          : addDays(today, -m.joinedDaysAgo);
      joinDates.push({ personId: idOf(m.personKey), joinedOn });
    }
    const former = (h.former ?? []).map((f) => ({
      id: newId(),
      personId: idOf(f.personKey),
      relation: f.relation,
      isReference: false,
      joinedOn: personOf(f.personKey).since ?? today,
      leftOn: addDays(today, -f.leftDaysAgo),
      leftReason: f.reason,
      createdBy: null,
    }));
    return {
      organizationId: must(organizationIds.get(h.orgKey), `organisation "${h.orgKey}"`),
      household,
      former,
    };
  });
  return { households, joinDates };
}

/**
 * The demo people of every organisation in `organizationIds` (keyed as in network-data.ts), with
 * their dates counted back from `today` (YYYY-MM-DD).
 */
export function planDemoPeople(
  today: string,
  organizationIds: ReadonlyMap<string, string>,
  newId: () => string,
): DemoPeoplePlan {
  const random = seededRandom(DEMO_SEED);
  const seen = { born: new Map<string, string>(), arrived: new Map<string, string>() };
  const planned = new Map<string, PlannedPerson>();
  const people: DemoPeoplePlan["people"] = [];
  const permits: DemoPermitRow[] = [];
  const vulnerabilities: DemoVulnerabilityRow[] = [];
  for (const [orgKey, specs] of Object.entries(demoPeople) as [DemoPeopleOrgKey, DemoPersonSpec[]][]) {
    const organizationId = must(organizationIds.get(orgKey), `organisation "${orgKey}"`);
    const inputs: PersonCreate[] = [];
    for (const spec of specs) {
      if (planned.has(spec.key)) throw new Error(`demo people: "${spec.key}" twice`);
      const p = personInput(spec, orgKey, newId(), today, random, seen);
      planned.set(spec.key, p);
      inputs.push(p.input);
      permits.push(...permitRows(p, today, random, newId));
      vulnerabilities.push(...vulnerabilityRows(p, today, newId));
    }
    people.push({ organizationId, inputs });
  }
  const { households, joinDates } = householdPlans(planned, organizationIds, today, newId);
  return {
    people,
    households,
    joinDates,
    permits,
    vulnerabilities,
    consents: consentRows(planned, organizationIds, today, newId),
    idOf: new Map([...planned].map(([key, p]) => [key, must(p.input.id, "person id")])),
  };
}
