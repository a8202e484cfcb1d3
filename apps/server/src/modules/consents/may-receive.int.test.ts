import type { ConsentPurpose, DataCategory } from "@approdo/contracts";
import { eq } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Actor, systemActor } from "../../platform/authz/actor.ts";
import { newId } from "../../platform/db/ids.ts";
import { consents, people } from "../../platform/db/schema.ts";
import { inTransaction, noMeta } from "../../platform/db/transaction.ts";
import {
  buildOrganization,
  buildPerson,
  createTestDatabase,
  type TestDatabase,
  testEngine,
} from "../../testing/index.ts";
import { mayReceive } from "./index.ts";

/**
 * The one question later modules ask (referrals, data sharing): may this organisation receive this
 * kind of this person's data, for this purpose, on this day? One person, a history of consents:
 *
 *   c1 referral      ASL, COOP   no category listed   given 2024-01-10  withdrawn 2024-06-01
 *   c2 referral      ASL         identity, health     given 2024-03-01
 *   c3 data_sharing  COOP        housing, work        given 2024-02-01
 *   c4 referral      COOP        no category listed   given 2024-09-01  withdrawn 2025-03-15
 *   c5 referral      SCHOOL      education            given 2025-02-01  withdrawn 2025-02-01 (same day)
 */
let db: TestDatabase;
const org: Record<"controller" | "asl" | "coop" | "school" | "other", string> = {
  controller: "",
  asl: "",
  coop: "",
  school: "",
  other: "",
};
const personId = uuidv7();
const mergedId = uuidv7();
const ids: Record<"c1" | "c2" | "c3" | "c4" | "c5", string> = {
  c1: newId(),
  c2: newId(),
  c3: newId(),
  c4: newId(),
  c5: newId(),
};

beforeAll(async () => {
  db = await createTestDatabase();
  for (const key of Object.keys(org) as (keyof typeof org)[])
    org[key] = (await buildOrganization(db.database)).id;
  const person = {
    organizationId: org.controller,
    givenName: "Aziz",
    familyName: "Rahimi",
    sex: "male" as const,
  };
  await buildPerson(db.database, { ...person, id: personId });
  await buildPerson(db.database, { ...person, id: mergedId, givenName: "Abdul Aziz" });
  await inTransaction(db.database, systemActor, noMeta, async ({ tx }) => {
    await tx.update(people).set({ mergedIntoId: personId }).where(eq(people.id, mergedId));
    const base = { personId, explainedInLanguage: "prs" };
    await tx.insert(consents).values([
      {
        ...base,
        id: ids.c1,
        purpose: "referral",
        organizationIds: [org.asl, org.coop],
        givenOn: "2024-01-10",
        withdrawnOn: "2024-06-01",
      },
      {
        ...base,
        id: ids.c2,
        purpose: "referral",
        organizationIds: [org.asl],
        dataCategories: ["identity", "health"],
        givenOn: "2024-03-01",
      },
      {
        ...base,
        id: ids.c3,
        purpose: "data_sharing",
        organizationIds: [org.coop],
        dataCategories: ["housing", "work"],
        givenOn: "2024-02-01",
      },
      {
        ...base,
        id: ids.c4,
        purpose: "referral",
        organizationIds: [org.coop],
        givenOn: "2024-09-01",
        withdrawnOn: "2025-03-15",
      },
      {
        ...base,
        id: ids.c5,
        purpose: "referral",
        organizationIds: [org.school],
        dataCategories: ["education"],
        givenOn: "2025-02-01",
        withdrawnOn: "2025-02-01",
      },
    ]);
  });
});
afterAll(async () => {
  await db?.drop();
});

type Row = [
  string,
  keyof typeof org,
  ConsentPurpose,
  DataCategory,
  string,
  keyof typeof ids | "controller" | null,
];

const table: Row[] = [
  // c1 alone covers the ASL for plain categories until its withdrawal.
  ["before any consent", "asl", "referral", "identity", "2024-01-09", null],
  ["the day c1 was given", "asl", "referral", "identity", "2024-01-10", "c1"],
  ["c1, a plain category it implies", "asl", "referral", "housing", "2024-02-15", "c1"],
  ["c1 never implies health", "asl", "referral", "health", "2024-02-15", null],
  ["c2 lists health explicitly", "asl", "referral", "health", "2024-03-01", "c2"],
  ["c2 (newer) is preferred to c1 for identity", "asl", "referral", "identity", "2024-04-01", "c2"],
  ["c2 does not list mental health", "asl", "referral", "mental_health", "2024-04-01", null],
  ["housing after c1's withdrawal: c2 does not list it", "asl", "referral", "housing", "2024-06-01", null],
  ["housing the day before c1's withdrawal", "asl", "referral", "housing", "2024-05-31", "c1"],
  ["c2 has no end", "asl", "referral", "health", "2030-01-01", "c2"],
  ["the ASL for another purpose", "asl", "data_sharing", "identity", "2024-04-01", null],
  // The cooperative: c1, then a gap, then c4; and c3 for another purpose.
  ["COOP under c1", "coop", "referral", "contacts", "2024-05-01", "c1"],
  ["COOP in the gap between c1 and c4", "coop", "referral", "contacts", "2024-07-01", null],
  ["COOP under c4", "coop", "referral", "contacts", "2024-09-01", "c4"],
  ["COOP the day c4 was withdrawn", "coop", "referral", "contacts", "2025-03-15", null],
  ["COOP data sharing of housing (c3)", "coop", "data_sharing", "housing", "2024-02-01", "c3"],
  [
    "COOP data sharing of identity (not listed by c3)",
    "coop",
    "data_sharing",
    "identity",
    "2024-02-01",
    null,
  ],
  ["COOP data sharing before c3", "coop", "data_sharing", "work", "2024-01-31", null],
  // A consent withdrawn the day it was given was never in force.
  ["the school the day c5 was given and withdrawn", "school", "referral", "education", "2025-02-01", null],
  ["an organisation no consent lists", "other", "referral", "identity", "2024-04-01", null],
  [
    "an organisation no consent lists, special category",
    "other",
    "research",
    "trafficking",
    "2024-04-01",
    null,
  ],
  // The data controller needs no consent.
  ["the controller, plain data", "controller", "referral", "identity", "2020-01-01", "controller"],
  ["the controller, special-category data", "controller", "research", "torture", "2020-01-01", "controller"],
];

function expected(answer: Row[5]) {
  if (answer === "controller") return { allowed: true, consentId: null };
  if (answer === null) return { allowed: false, consentId: null };
  return { allowed: true, consentId: ids[answer] };
}

describe(`mayReceive (${testEngine})`, () => {
  it.each(table)("%s: %s / %s / %s on %s → %s", async (_case, who, purpose, dataCategory, at, answer) => {
    const result = await inTransaction(db.database, systemActor, noMeta, ({ tx }) =>
      mayReceive(tx, { personId, organizationId: org[who], purpose, dataCategory, at }),
    );
    expect(result).toEqual(expected(answer));
  });

  it("answers for the survivor when asked about a merged record", async () => {
    const result = await inTransaction(db.database, systemActor, noMeta, ({ tx }) =>
      mayReceive(tx, {
        personId: mergedId,
        organizationId: org.asl,
        purpose: "referral",
        dataCategory: "health",
        at: "2024-04-01",
      }),
    );
    expect(result).toEqual({ allowed: true, consentId: ids.c2 });
  });

  it("uses today when no day is given", async () => {
    const ask = { personId, purpose: "referral" as const, dataCategory: "health" as const };
    const result = await inTransaction(db.database, systemActor, noMeta, ({ tx }) =>
      mayReceive(tx, { ...ask, organizationId: org.asl }),
    );
    expect(result).toEqual({ allowed: true, consentId: ids.c2 });
  });

  it("runs under the caller's row-level security: allowed for the controller's staff, refused to an organisation that cannot see the person", async () => {
    const actorOf = (organizationId: string): Actor => ({
      kind: "user",
      userId: newId(),
      organizationId,
      roles: ["operator"],
    });
    const ask = {
      personId,
      organizationId: org.asl,
      purpose: "referral" as const,
      dataCategory: "identity" as const,
      at: "2024-04-01",
    };
    const inside = await inTransaction(db.database, actorOf(org.controller), noMeta, ({ tx }) =>
      mayReceive(tx, ask),
    );
    expect(inside).toEqual({ allowed: true, consentId: ids.c2 });
    const outside = await inTransaction(db.database, actorOf(org.other), noMeta, ({ tx }) =>
      mayReceive(tx, ask),
    );
    expect(outside).toEqual({ allowed: false, consentId: null });
  });

  it("refuses for a person that does not exist", async () => {
    const result = await inTransaction(db.database, systemActor, noMeta, ({ tx }) =>
      mayReceive(tx, {
        personId: newId(),
        organizationId: org.asl,
        purpose: "referral",
        dataCategory: "identity",
      }),
    );
    expect(result).toEqual({ allowed: false, consentId: null });
  });
});
