import { and, eq, isNull } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Actor, systemActor } from "../../platform/authz/actor.ts";
import { newId } from "../../platform/db/ids.ts";
import { auditEvents, householdMembers, personAccess } from "../../platform/db/schema.ts";
import { inTransaction, noMeta } from "../../platform/db/transaction.ts";
import {
  type Agent,
  type BuiltUser,
  buildOrganization,
  buildPerson,
  buildUser,
  createTestApp,
  createTestDatabase,
  signIn,
  type TestApp,
  type TestDatabase,
  testEngine,
} from "../../testing/index.ts";
import { todayInItaly } from "./households.rules.ts";
import { moveMemberships, restoreMemberships } from "./use-cases/move-person-memberships.ts";

let db: TestDatabase;
let t: TestApp;
let orgA: string;
let orgB: string;
let userA: BuiltUser;
let operatorA: Agent;
let operatorB: Agent;
let adminA: Agent;
let governance: Agent;

const base = "/api/v1/households";
const today = todayInItaly();
const thisYear = Number(today.slice(0, 4));

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.database);
  orgA = (await buildOrganization(t.deps.database)).id;
  orgB = (await buildOrganization(t.deps.database)).id;
  userA = await buildUser(t.deps.database, { organizationId: orgA, roles: ["operator"] });
  operatorA = await signIn(t.app, userA.username, userA.password);
  const b = await buildUser(t.deps.database, { organizationId: orgB, roles: ["operator"] });
  operatorB = await signIn(t.app, b.username, b.password);
  const admin = await buildUser(t.deps.database, { organizationId: orgA, roles: ["admin"] });
  adminA = await signIn(t.app, admin.username, admin.password, admin.totpSecret);
  const g = await buildUser(t.deps.database, { organizationId: orgA, roles: ["network_governance"] });
  governance = await signIn(t.app, g.username, g.password);
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

/** A person of `organizationId`, registered through the people module's factory. */
async function person(
  organizationId: string,
  birth: { birthDate?: string; birthYear?: number } = {},
  givenName = "Amina",
): Promise<string> {
  const built = await buildPerson(t.deps.database, {
    organizationId,
    givenName,
    familyName: "Haddad",
    sex: "female",
    citizenship: "TN",
    ...birth,
  });
  return built.id;
}

const adult = () => ({ birthDate: `${thisYear - 35}-01-15` });
const minor = () => ({ birthDate: `${thisYear - 8}-01-15` });

async function household(members: Record<string, unknown>[] = [], label = `Famiglia ${newId()}`) {
  const res = await operatorA.request("POST", base, { label, members });
  expect(res.statusCode).toBe(201);
  return res.json();
}

async function auditOf(householdId: string) {
  return t.deps.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "household"), eq(auditEvents.entityId, householdId)))
    .orderBy(auditEvents.seq);
}

describe(`households (${testEngine})`, () => {
  it("creates a household with its members and derives single parent and minors from the data", async () => {
    const mother = await person(orgA, adult(), "Amina");
    const son = await person(orgA, minor(), "Youssef");
    const daughter = await person(orgA, { birthYear: thisYear - 5 }, "Salma");
    const label = `Famiglia Haddad ${newId()}`;
    const res = await operatorA.request("POST", base, {
      label,
      members: [
        { personId: mother, relation: "reference_person" },
        { personId: son, relation: "child", joinedOn: "2024-02-01" },
        { personId: daughter, relation: "child" },
      ],
    });
    expect(res.statusCode).toBe(201);
    const h = res.json();
    expect(h).toMatchObject({
      label,
      organizationId: orgA,
      version: 1,
      currentMemberCount: 3,
      referencePersonId: mother,
      singleParent: true,
      minorsInCharge: 2,
      minorsUnknownAge: 0,
      history: [],
    });
    expect(h.members.map((m: { personId: string }) => m.personId)).toEqual([mother, son, daughter]);
    expect(h.members[0]).toMatchObject({ relation: "reference_person", isReference: true, joinedOn: today });
    expect(h.members[1]).toMatchObject({
      relation: "child",
      isReference: false,
      joinedOn: "2024-02-01",
      leftOn: null,
      person: { givenName: "Youssef", familyName: "Haddad", sex: "female", citizenship: "TN" },
    });

    const read = await operatorA.request("GET", `${base}/${h.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(h);
    const events = await auditOf(h.id);
    expect(events.map((e) => e.action)).toEqual([
      "household.created",
      "household.member_added",
      "household.member_added",
      "household.member_added",
      "household.read",
    ]);
    expect(events[0]?.details).toEqual({ memberCount: 3 });
    expect(events[0]?.organizationId).toBe(orgA);
    const text = JSON.stringify(events);
    expect(text).not.toContain("Haddad");
    expect(text).not.toContain("Youssef");
  });

  it("does not call a couple with a child a single parent, and counts members of unknown age apart", async () => {
    const h = await household([
      { personId: await person(orgA, adult()), relation: "reference_person" },
      { personId: await person(orgA), relation: "spouse" },
      { personId: await person(orgA, minor()), relation: "child" },
      { personId: await person(orgA, { birthYear: thisYear - 18 }), relation: "child" },
    ]);
    expect(h).toMatchObject({ singleParent: false, minorsInCharge: 1, minorsUnknownAge: 2 });
  });

  it("moves a person to another household only when asked, closing the old membership and keeping history", async () => {
    const father = await person(orgA, adult());
    const child = await person(orgA, minor());
    const first = await household([
      { personId: father, relation: "reference_person" },
      { personId: child, relation: "child", joinedOn: "2023-05-01" },
    ]);
    const second = await household([{ personId: await person(orgA, adult()), relation: "reference_person" }]);

    const refused = await operatorA.request("POST", `${base}/${second.id}/members`, {
      personId: child,
      relation: "grandchild",
      joinedOn: "2024-09-01",
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: "PERSON_IN_OTHER_HOUSEHOLD",
      details: { personId: child, householdId: first.id },
    });

    const moved = await operatorA.request("POST", `${base}/${second.id}/members`, {
      personId: child,
      relation: "grandchild",
      joinedOn: "2024-09-01",
      moveFromCurrent: true,
      version: 1,
    });
    expect(moved.statusCode).toBe(201);
    expect(moved.json()).toMatchObject({ version: 2, currentMemberCount: 2, minorsInCharge: 1 });
    expect(moved.json().members[1]).toMatchObject({
      personId: child,
      relation: "grandchild",
      joinedOn: "2024-09-01",
    });

    const old = (await operatorA.request("GET", `${base}/${first.id}`)).json();
    expect(old).toMatchObject({ version: 2, currentMemberCount: 1, singleParent: false, minorsInCharge: 0 });
    expect(old.history).toEqual([
      expect.objectContaining({
        personId: child,
        relation: "child",
        joinedOn: "2023-05-01",
        leftOn: "2024-09-01",
        leftReason: "moved",
      }),
    ]);
    const rows = await t.deps.database.db
      .select()
      .from(householdMembers)
      .where(eq(householdMembers.personId, child));
    expect(rows).toHaveLength(2);
    expect(rows.filter((r) => r.leftOn === null).map((r) => r.householdId)).toEqual([second.id]);
    const left = (await auditOf(first.id)).find((e) => e.action === "household.member_left");
    expect(left?.details).toMatchObject({ reason: "moved", toHouseholdId: second.id });
  });

  it("refuses to move a person to a date before they joined their current household", async () => {
    const p = await person(orgA, adult());
    await household([{ personId: p, relation: "reference_person", joinedOn: "2024-06-01" }]);
    const target = await household();
    const res = await operatorA.request("POST", `${base}/${target.id}/members`, {
      personId: p,
      relation: "other",
      joinedOn: "2024-05-01",
      moveFromCurrent: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues[0].path).toBe("body.joinedOn");
  });

  it("creates no household when one of the first members already lives in another", async () => {
    const p = await person(orgA, adult());
    const existing = await household([{ personId: p, relation: "reference_person" }]);
    const label = `Famiglia ${newId()}`;
    const res = await operatorA.request("POST", base, {
      label,
      members: [{ personId: p, relation: "reference_person" }],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details).toEqual({ personId: p, householdId: existing.id });
    const list = (await operatorA.request("GET", `${base}?q=${encodeURIComponent(label)}`)).json();
    expect(list.items).toEqual([]);
  });

  it("answers 409 without naming the household when the person lives in another organisation's household", async () => {
    const shared = await person(orgA, adult());
    await household([{ personId: shared, relation: "reference_person" }]);
    await inTransaction(t.deps.database, systemActor, noMeta, ({ tx }) =>
      tx.insert(personAccess).values({ personId: shared, organizationId: orgB, reason: "case_team" }),
    );
    const created = await operatorB.request("POST", base, { label: "Nucleo B" });
    expect(created.statusCode).toBe(201);
    const res = await operatorB.request("POST", `${base}/${created.json().id}/members`, {
      personId: shared,
      relation: "reference_person",
      moveFromCurrent: true,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: "PERSON_IN_OTHER_HOUSEHOLD",
      details: { personId: shared },
    });
    expect(res.json().error.details.householdId).toBeUndefined();
  });

  it("replays a create retried with the same Idempotency-Key instead of creating a second household", async () => {
    const label = `Famiglia ${newId()}`;
    const headers = { "idempotency-key": `household-${newId()}` };
    const first = await operatorA.request("POST", base, { label }, headers);
    const retry = await operatorA.request("POST", base, { label }, headers);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(retry.json()).toEqual(first.json());
    const list = (await operatorA.request("GET", `${base}?q=${encodeURIComponent(label)}`)).json();
    expect(list.items).toHaveLength(1);
  });

  it("never has two current reference persons", async () => {
    const a = await person(orgA, adult());
    const b = await person(orgA, adult());
    const two = await operatorA.request("POST", base, {
      label: "Due capofamiglia",
      members: [
        { personId: a, relation: "reference_person" },
        { personId: b, relation: "spouse", isReference: true },
      ],
    });
    expect(two.statusCode).toBe(400);
    expect(two.json().error.details.issues[0].path).toBe("body.members");
    const none = await operatorA.request("POST", base, {
      label: "Nessun capofamiglia",
      members: [{ personId: a, relation: "spouse" }],
    });
    expect(none.statusCode).toBe(400);

    const h = await household([{ personId: a, relation: "reference_person" }]);
    const second = await operatorA.request("POST", `${base}/${h.id}/members`, {
      personId: b,
      relation: "spouse",
      isReference: true,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe("ALREADY_EXISTS");

    await operatorA.request("POST", `${base}/${h.id}/members`, { personId: b, relation: "spouse" });
    const switched = await operatorA.request("POST", `${base}/${h.id}/reference`, {
      personId: b,
      version: 2,
    });
    expect(switched.statusCode).toBe(200);
    expect(switched.json()).toMatchObject({ referencePersonId: b, version: 3 });
    expect(switched.json().members.filter((m: { isReference: boolean }) => m.isReference)).toHaveLength(1);
    const current = await t.deps.database.db
      .select()
      .from(householdMembers)
      .where(
        and(
          eq(householdMembers.householdId, h.id),
          eq(householdMembers.isReference, true),
          isNull(householdMembers.leftOn),
        ),
      );
    expect(current.map((r) => r.personId)).toEqual([b]);
    expect((await auditOf(h.id)).map((e) => e.action)).toContain("household.reference_changed");

    const outsider = await person(orgA, adult());
    const notMember = await operatorA.request("POST", `${base}/${h.id}/reference`, { personId: outsider });
    expect(notMember.statusCode).toBe(422);
  });

  it("answers 409 VERSION_CONFLICT to a stale label change or member change", async () => {
    const h = await household([{ personId: await person(orgA, adult()), relation: "reference_person" }]);
    const renamed = await operatorA.request("PATCH", `${base}/${h.id}`, {
      version: 1,
      label: "Famiglia Rinominata",
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ label: "Famiglia Rinominata", version: 2 });
    const stale = await operatorA.request("PATCH", `${base}/${h.id}`, { version: 1, label: "Altro" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: "VERSION_CONFLICT", details: { currentVersion: 2 } });
    const staleAdd = await operatorA.request("POST", `${base}/${h.id}/members`, {
      personId: await person(orgA, minor()),
      relation: "child",
      version: 1,
    });
    expect(staleAdd.statusCode).toBe(409);
    expect((await operatorA.request("GET", `${base}/${h.id}`)).json().currentMemberCount).toBe(1);
    const same = await operatorA.request("PATCH", `${base}/${h.id}`, {
      version: 2,
      label: "Famiglia Rinominata",
    });
    expect(same.json().version).toBe(2);
  });

  it("records a departure as history, checks its date and hands over the reference person", async () => {
    const mother = await person(orgA, adult());
    const grandmother = await person(orgA, { birthYear: 1955 });
    const h = await household([
      { personId: mother, relation: "reference_person", joinedOn: "2024-01-10" },
      { personId: grandmother, relation: "parent", joinedOn: "2024-01-10" },
    ]);
    const [motherRow] = h.members;
    const leave = `${base}/${h.id}/members/${motherRow.id}/leave`;
    const early = await operatorA.request("POST", leave, { leftOn: "2024-01-09" });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details.issues[0].path).toBe("body.leftOn");
    const future = await operatorA.request("POST", leave, { leftOn: `${thisYear + 1}-01-01` });
    expect(future.statusCode).toBe(400);

    const res = await operatorA.request("POST", leave, {
      leftOn: "2025-01-31",
      reason: "became_independent",
      newReferencePersonId: grandmother,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ referencePersonId: grandmother, currentMemberCount: 1, version: 2 });
    expect(res.json().history).toEqual([
      expect.objectContaining({
        personId: mother,
        leftOn: "2025-01-31",
        leftReason: "became_independent",
        isReference: false,
      }),
    ]);
    const again = await operatorA.request("POST", leave, { leftOn: "2025-02-01" });
    expect(again.statusCode).toBe(422);
    const event = (await auditOf(h.id)).find((e) => e.action === "household.member_left");
    expect(event?.details).toMatchObject({
      memberId: motherRow.id,
      reason: "became_independent",
      referenceLeft: true,
    });
  });

  it("lists the organisation's households by label, a page at a time", async () => {
    const prefix = `Nucleo ${newId()}`;
    for (const suffix of ["c", "A", "b"]) await household([], `${prefix} ${suffix}`);
    const q = encodeURIComponent(prefix.toLowerCase());
    const first = (await operatorA.request("GET", `${base}?q=${q}&limit=2`)).json();
    expect(first.items.map((h: { label: string }) => h.label)).toEqual([`${prefix} A`, `${prefix} b`]);
    const second = (
      await operatorA.request("GET", `${base}?q=${q}&limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect(second).toMatchObject({
      items: [{ label: `${prefix} c`, currentMemberCount: 0 }],
      nextCursor: null,
    });
    const other = (await operatorB.request("GET", `${base}?q=${q}`)).json();
    expect(other.items).toEqual([]);
  });

  it("answers 404 to another organisation, to administrators and to network governance", async () => {
    const p = await person(orgA, adult());
    const h = await household([{ personId: p, relation: "reference_person" }]);
    for (const agent of [operatorB, adminA, governance]) {
      expect((await agent.request("GET", `${base}/${h.id}`)).statusCode).toBe(404);
      const patch = await agent.request("PATCH", `${base}/${h.id}`, { version: 1, label: "Presa" });
      expect(patch.statusCode).toBe(404);
      const add = await agent.request("POST", `${base}/${h.id}/members`, { personId: p, relation: "other" });
      expect(add.statusCode).toBe(404);
      const leave = await agent.request("POST", `${base}/${h.id}/members/${h.members[0].id}/leave`, {
        leftOn: today,
      });
      expect(leave.statusCode).toBe(404);
    }
    expect((await adminA.request("GET", base)).statusCode).toBe(404);
    expect((await governance.request("POST", base, { label: "x" })).statusCode).toBe(404);
    const missing = await operatorA.request("GET", `${base}/${uuidv7()}`);
    expect(missing.json().error).toEqual((await operatorB.request("GET", `${base}/${h.id}`)).json().error);
    expect((await operatorA.request("GET", `${base}/${h.id}`)).json().version).toBe(1);
  });

  it("answers 404 when a member is a person the organisation cannot see", async () => {
    const stranger = await person(orgB, adult());
    const res = await operatorA.request("POST", base, {
      label: "Con estranei",
      members: [{ personId: stranger, relation: "reference_person" }],
    });
    expect(res.statusCode).toBe(404);
    const h = await household();
    const add = await operatorA.request("POST", `${base}/${h.id}/members`, {
      personId: stranger,
      relation: "other",
    });
    expect(add.statusCode).toBe(404);
  });
});

describe(`household memberships when two person records are merged (${testEngine})`, () => {
  const actor = (): Actor => ({ kind: "user", userId: userA.id, organizationId: orgA, roles: ["operator"] });
  const rowsOf = (personId: string) =>
    t.deps.database.db.select().from(householdMembers).where(eq(householdMembers.personId, personId));

  it("moves past and current memberships to the survivor, closing the duplicate's when both live somewhere, and undoes it", async () => {
    const duplicate = await person(orgA, adult());
    const survivor = await person(orgA, adult());
    const old = await household([
      { personId: duplicate, relation: "reference_person", joinedOn: "2022-01-01" },
    ]);
    await operatorA.request("POST", `${base}/${old.id}/members/${old.members[0].id}/leave`, {
      leftOn: "2023-01-01",
    });
    const dupHome = await household([{ personId: duplicate, relation: "reference_person" }]);
    const survivorHome = await household([{ personId: survivor, relation: "reference_person" }]);
    const before = await rowsOf(duplicate);

    const moved = await inTransaction(t.deps.database, actor(), noMeta, ({ tx }) =>
      moveMemberships(tx, duplicate, survivor),
    );
    expect(await rowsOf(duplicate)).toEqual([]);
    const after = await rowsOf(survivor);
    expect(after).toHaveLength(3);
    expect(after.filter((r) => r.leftOn === null).map((r) => r.householdId)).toEqual([survivorHome.id]);
    const closed = after.find((r) => r.householdId === dupHome.id);
    expect(closed).toMatchObject({ leftOn: today, leftReason: "merged", isReference: false });
    const page = (await operatorA.request("GET", `${base}/${dupHome.id}`)).json();
    expect(page).toMatchObject({ referencePersonId: null, currentMemberCount: 0, version: 2 });

    await inTransaction(t.deps.database, actor(), noMeta, ({ tx }) =>
      restoreMemberships(tx, duplicate, survivor, moved),
    );
    const restored = await rowsOf(duplicate);
    expect(restored.map(({ createdAt: _c, ...r }) => r).sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      before.map(({ createdAt: _c, ...r }) => r).sort((x, y) => x.id.localeCompare(y.id)),
    );
    expect((await rowsOf(survivor)).map((r) => r.householdId)).toEqual([survivorHome.id]);
    expect((await operatorA.request("GET", `${base}/${dupHome.id}`)).json().referencePersonId).toBe(
      duplicate,
    );
  });

  it("hands the reference flag to the survivor when both were members of the same household, and back on undo", async () => {
    const duplicate = await person(orgA, adult());
    const survivor = await person(orgA, adult());
    const kid = await person(orgA, minor());
    const h = await household([
      { personId: duplicate, relation: "reference_person" },
      { personId: survivor, relation: "spouse" },
      { personId: kid, relation: "child" },
    ]);
    const moved = await inTransaction(t.deps.database, actor(), noMeta, ({ tx }) =>
      moveMemberships(tx, duplicate, survivor),
    );
    const merged = (await operatorA.request("GET", `${base}/${h.id}`)).json();
    expect(merged).toMatchObject({ referencePersonId: survivor, currentMemberCount: 2, singleParent: true });
    expect(merged.history).toEqual([expect.objectContaining({ personId: survivor, leftReason: "merged" })]);

    await inTransaction(t.deps.database, actor(), noMeta, ({ tx }) =>
      restoreMemberships(tx, duplicate, survivor, moved),
    );
    const undone = (await operatorA.request("GET", `${base}/${h.id}`)).json();
    expect(undone).toMatchObject({
      referencePersonId: duplicate,
      currentMemberCount: 3,
      singleParent: false,
      history: [],
    });
    expect(
      undone.members.map((m: { personId: string; isReference: boolean }) => [m.personId, m.isReference]),
    ).toEqual([
      [duplicate, true],
      [survivor, false],
      [kid, false],
    ]);
  });

  it("follows a merge and its undo made through the people API", async () => {
    const c = await buildUser(t.deps.database, { organizationId: orgA, roles: ["org_coordinator"] });
    const coordinator = await signIn(t.app, c.username, c.password);
    const duplicate = await person(orgA, adult());
    const survivor = await person(orgA, adult());
    const kid = await person(orgA, minor());
    const dupHome = await household([
      { personId: duplicate, relation: "reference_person" },
      { personId: kid, relation: "child" },
    ]);
    const survivorHome = await household([{ personId: survivor, relation: "reference_person" }]);
    const merged = await coordinator.request("POST", `/api/v1/people/${survivor}/merge`, {
      duplicateId: duplicate,
    });
    expect(merged.statusCode).toBe(201);
    expect((await operatorA.request("GET", `${base}/${dupHome.id}`)).json()).toMatchObject({
      referencePersonId: null,
      currentMemberCount: 1,
      history: [expect.objectContaining({ personId: survivor, leftReason: "merged" })],
    });
    expect((await operatorA.request("GET", `${base}/${survivorHome.id}`)).json().referencePersonId).toBe(
      survivor,
    );
    const undo = await coordinator.request("POST", `/api/v1/people/merges/${merged.json().id}/undo`);
    expect(undo.statusCode).toBe(200);
    const back = (await operatorA.request("GET", `${base}/${dupHome.id}`)).json();
    expect(back).toMatchObject({ referencePersonId: duplicate, currentMemberCount: 2, history: [] });
  });

  it("simply re-points the memberships when only the duplicate lives in a household", async () => {
    const duplicate = await person(orgA, adult());
    const survivor = await person(orgA, adult());
    const h = await household([{ personId: duplicate, relation: "reference_person" }]);
    const moved = await inTransaction(t.deps.database, actor(), noMeta, ({ tx }) =>
      moveMemberships(tx, duplicate, survivor),
    );
    expect(moved).toEqual([h.members[0].id]);
    expect((await operatorA.request("GET", `${base}/${h.id}`)).json().referencePersonId).toBe(survivor);
    await inTransaction(t.deps.database, actor(), noMeta, ({ tx }) =>
      restoreMemberships(tx, duplicate, survivor, moved),
    );
    expect((await operatorA.request("GET", `${base}/${h.id}`)).json().referencePersonId).toBe(duplicate);
  });
});
