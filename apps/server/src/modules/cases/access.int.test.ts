import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Actor, systemActor } from "../../platform/authz/actor.ts";
import type { Role } from "../../platform/authz/roles.ts";
import { newId } from "../../platform/db/ids.ts";
import {
  auditEvents,
  caseNotes,
  cases,
  caseTeamMembers,
  householdMembers,
  households,
} from "../../platform/db/schema.ts";
import { inTransaction, noMeta } from "../../platform/db/transaction.ts";
import {
  buildOrganization,
  buildPerson,
  buildUser,
  createTestDatabase,
  type TestDatabase,
  testEngine,
} from "../../testing/index.ts";
import {
  caseSubjectPeople,
  loadCaseAccess,
  registerApprovalHandler,
  requestApproval,
  touchCaseActivity,
} from "./index.ts";

let db: TestDatabase;
let orgA: string;
let orgB: string;

const actorOf = (u: { id: string; organizationId: string; roles: Role[] }): Actor => ({
  kind: "user",
  userId: u.id,
  organizationId: u.organizationId,
  roles: u.roles,
});

beforeAll(async () => {
  db = await createTestDatabase();
  orgA = (await buildOrganization(db.database)).id;
  orgB = (await buildOrganization(db.database)).id;
});
afterAll(async () => {
  await db?.drop();
});

/** A case inserted as the system (the create route has its own tests). */
async function insertCase(values: {
  organizationId: string;
  personId?: string;
  householdId?: string;
  caseManagerId?: string;
}) {
  const id = newId();
  await inTransaction(db.database, systemActor, noMeta, async ({ tx }) => {
    await tx.insert(cases).values({
      id,
      reference: `T-${id.slice(-8)}`,
      organizationId: values.organizationId,
      subjectType: values.householdId ? "household" : "person",
      personId: values.personId ?? null,
      householdId: values.householdId ?? null,
      state: "referred",
      origin: "walk_in",
      caseManagerId: values.caseManagerId ?? null,
      contactedAt: new Date(),
    });
  });
  return id;
}

async function seat(caseId: string, user: { id: string; organizationId: string }, teamRole: string) {
  await inTransaction(db.database, systemActor, noMeta, ({ tx }) =>
    tx
      .insert(caseTeamMembers)
      .values({ id: newId(), caseId, userId: user.id, organizationId: user.organizationId, teamRole }),
  );
}

describe(`case access for other modules (${testEngine})`, () => {
  it("gives the team seat, case manager, special and write flags; 404 to other organisations", async () => {
    const person = await buildPerson(db.database, { organizationId: orgA });
    const manager = await buildUser(db.database, { organizationId: orgA, roles: ["case_manager"] });
    const operator = await buildUser(db.database, { organizationId: orgA, roles: ["operator"] });
    const psychologist = await buildUser(db.database, { organizationId: orgA, roles: ["psychologist"] });
    const partnerPsy = await buildUser(db.database, { organizationId: orgB, roles: ["psychologist"] });
    const stranger = await buildUser(db.database, { organizationId: orgB, roles: ["case_manager"] });
    const admin = await buildUser(db.database, { organizationId: orgA, roles: ["admin"] });
    const caseId = await insertCase({ organizationId: orgA, personId: person.id, caseManagerId: manager.id });
    await seat(caseId, manager, "case_manager");
    await seat(caseId, psychologist, "psychologist");
    await seat(caseId, partnerPsy, "psychologist");

    const load = (a: Actor) =>
      inTransaction(db.database, a, noMeta, ({ tx }) => loadCaseAccess(tx, a, caseId));
    const m = await load(actorOf(manager));
    expect(m).toMatchObject({
      case: {
        id: caseId,
        organizationId: orgA,
        subjectType: "person",
        personId: person.id,
        state: "referred",
        version: 1,
      },
      teamRole: "case_manager",
      isCaseManager: true,
      canSeeSpecial: true,
      canWrite: true,
    });
    expect(await load(actorOf(operator))).toMatchObject({
      teamRole: null,
      isCaseManager: false,
      canSeeSpecial: false,
      canWrite: true,
    });
    expect(await load(actorOf(psychologist))).toMatchObject({
      teamRole: "psychologist",
      canSeeSpecial: true,
    });
    // A partner organisation's psychologist on the team sees the case, never its special-category content.
    expect(await load(actorOf(partnerPsy))).toMatchObject({
      teamRole: "psychologist",
      canSeeSpecial: false,
      canWrite: true,
    });
    await expect(load(actorOf(stranger))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(load(actorOf(admin))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps special-category notes from a partner organisation's team member in the database too", async () => {
    const person = await buildPerson(db.database, { organizationId: orgA });
    const psychologist = await buildUser(db.database, { organizationId: orgA, roles: ["psychologist"] });
    const partnerPsy = await buildUser(db.database, { organizationId: orgB, roles: ["psychologist"] });
    const caseId = await insertCase({ organizationId: orgA, personId: person.id });
    await seat(caseId, psychologist, "psychologist");
    await seat(caseId, partnerPsy, "psychologist");
    await inTransaction(db.database, systemActor, noMeta, ({ tx }) =>
      tx.insert(caseNotes).values([
        {
          id: newId(),
          caseId,
          confidentiality: "special_category",
          body: "special",
          authorOrganizationId: orgA,
        },
        { id: newId(), caseId, confidentiality: "team", body: "team", authorOrganizationId: orgA },
      ]),
    );
    const bodies = (a: Actor) =>
      inTransaction(db.database, a, noMeta, async ({ tx }) =>
        (await tx.select({ body: caseNotes.body }).from(caseNotes).where(eq(caseNotes.caseId, caseId)))
          .map((r) => r.body)
          .sort(),
      );
    expect(await bodies(actorOf(psychologist))).toEqual(["special", "team"]);
    expect(await bodies(actorOf(partnerPsy))).toEqual(["team"]);
  });

  it("lists a household's current members as subject people; touches activity", async () => {
    const a = await buildPerson(db.database, { organizationId: orgA, givenName: "Amina" });
    const b = await buildPerson(db.database, { organizationId: orgA, givenName: "Youssef" });
    const gone = await buildPerson(db.database, { organizationId: orgA, givenName: "Salma" });
    const householdId = newId();
    await inTransaction(db.database, systemActor, noMeta, async ({ tx }) => {
      await tx.insert(households).values({ id: householdId, organizationId: orgA, label: "Famiglia" });
      await tx.insert(householdMembers).values([
        {
          id: newId(),
          householdId,
          personId: a.id,
          relation: "reference_person",
          isReference: true,
          joinedOn: "2024-01-01",
        },
        {
          id: newId(),
          householdId,
          personId: b.id,
          relation: "child",
          isReference: false,
          joinedOn: "2024-01-01",
        },
        {
          id: newId(),
          householdId,
          personId: gone.id,
          relation: "child",
          isReference: false,
          joinedOn: "2024-01-01",
          leftOn: "2024-06-01",
        },
      ]);
    });
    const caseId = await insertCase({ organizationId: orgA, householdId });
    const operator = actorOf(await buildUser(db.database, { organizationId: orgA, roles: ["operator"] }));
    const people = await inTransaction(db.database, operator, noMeta, ({ tx }) =>
      caseSubjectPeople(tx, caseId),
    );
    expect(people.map((p) => p.personId).sort()).toEqual([a.id, b.id].sort());
    expect(people.find((p) => p.personId === a.id)).toMatchObject({
      givenName: "Amina",
      familyName: a.familyName,
    });
    // Someone who cannot see the case gets nobody.
    const other = actorOf(await buildUser(db.database, { organizationId: orgB, roles: ["operator"] }));
    expect(
      await inTransaction(db.database, other, noMeta, ({ tx }) => caseSubjectPeople(tx, caseId)),
    ).toEqual([]);

    const before = await db.database.db
      .select({ at: cases.lastActivityAt })
      .from(cases)
      .where(eq(cases.id, caseId));
    await new Promise((r) => setTimeout(r, 5));
    await inTransaction(db.database, operator, noMeta, ({ tx }) => touchCaseActivity(tx, caseId));
    const after = await db.database.db
      .select({ at: cases.lastActivityAt })
      .from(cases)
      .where(eq(cases.id, caseId));
    expect(after[0]?.at.getTime()).toBeGreaterThan(before[0]?.at.getTime() ?? 0);
  });

  it("requests an approval once per kind, marks the case and audits it", async () => {
    const person = await buildPerson(db.database, { organizationId: orgA });
    const manager = actorOf(await buildUser(db.database, { organizationId: orgA, roles: ["case_manager"] }));
    const caseId = await insertCase({ organizationId: orgA, personId: person.id });
    registerApprovalHandler("plan_version", async () => {});
    const { approvalId } = await inTransaction(db.database, manager, noMeta, ({ tx }) =>
      requestApproval(tx, manager, { caseId, kind: "plan_version", payload: { planVersionId: "x" } }),
    );
    const [row] = await db.database.db.select().from(cases).where(eq(cases.id, caseId));
    expect(row?.pendingApprovalId).toBe(approvalId);
    await expect(
      inTransaction(db.database, manager, noMeta, ({ tx }) =>
        requestApproval(tx, manager, { caseId, kind: "plan_version", payload: {} }),
      ),
    ).rejects.toMatchObject({ code: "APPROVAL_PENDING" });
    const audited = await db.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(eq(auditEvents.action, "case.approval_requested"));
    expect(audited[0]?.n).toBeGreaterThanOrEqual(1);
  });
});
