import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Actor, systemActor } from "../../platform/authz/actor.ts";
import type { Tx } from "../../platform/db/database.ts";
import { newId } from "../../platform/db/ids.ts";
import {
  carePlans,
  caseApprovals,
  cases,
  householdMembers,
  households,
  planActions,
  reminders,
  residencePermits,
  users,
} from "../../platform/db/schema.ts";
import { inTransaction, noMeta } from "../../platform/db/transaction.ts";
import type { MailMessage, MailTransport } from "../../platform/mail/mailer.ts";
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
import { generateReminders, openRemindersFor, reminderMailTransport, sendReminderDigests } from "./index.ts";

/** `d` moved by `n` days (YYYY-MM-DD). */
function day(d: string, n: number): string {
  const x = new Date(`${d}T00:00:00Z`);
  x.setUTCDate(x.getUTCDate() + n);
  return x.toISOString().slice(0, 10);
}

let db: TestDatabase;
let t: TestApp;
const today = "2026-03-15";
const run = () => generateReminders(t.deps.database, { inactivityDays: 30, today });

let orgA: string;
let caseManager: BuiltUser;
let operator: BuiltUser;
let coordinator: BuiltUser;
let coordinatorB: BuiltUser;
const ids = {
  c1: newId(), // a person's case, active, inactive for 40 days
  c2: newId(), // a household's case, with a pending closure approval
  c3: newId(), // closed: nothing is due on it
  plan1: newId(),
  plan2: newId(),
  plan3: newId(),
  actionMine: newId(), // overdue, responsible: the operator
  actionNobody: newId(), // overdue, nobody responsible: the case manager
  actionDone: newId(),
  actionLater: newId(),
  approval: newId(),
  permit1: newId(),
  permit2old: newId(),
  permit2new: newId(),
  permit3: newId(),
  permit4: newId(),
};
let person1: string;
let person4: string;

async function system<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return inTransaction(t.deps.database, systemActor, noMeta, ({ tx }) => fn(tx));
}

async function rowsOf(userId: string) {
  return system((tx) => tx.select().from(reminders).where(eq(reminders.userId, userId)));
}

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.database);
  const database = t.deps.database;
  orgA = (await buildOrganization(database, { requiresClosureApproval: true })).id;
  const orgB = (await buildOrganization(database)).id;
  caseManager = await buildUser(database, { organizationId: orgA, roles: ["case_manager"] });
  operator = await buildUser(database, { organizationId: orgA, roles: ["housing_advisor"] });
  coordinator = await buildUser(database, { organizationId: orgA, roles: ["org_coordinator"] });
  coordinatorB = await buildUser(database, { organizationId: orgB, roles: ["org_coordinator"] });
  person1 = (await buildPerson(database, { organizationId: orgA })).id;
  const person2 = (await buildPerson(database, { organizationId: orgA })).id;
  const person3 = (await buildPerson(database, { organizationId: orgA })).id;
  person4 = (await buildPerson(database, { organizationId: orgA })).id;
  const householdId = newId();
  const at = (d: string) => new Date(`${d}T10:00:00Z`);
  await system(async (tx) => {
    await tx
      .update(users)
      .set({ email: "sara@example.org", locale: "it" })
      .where(eq(users.id, caseManager.id));
    await tx.insert(households).values({ id: householdId, organizationId: orgA, label: "Nucleo di prova" });
    await tx.insert(householdMembers).values([
      {
        id: newId(),
        householdId,
        personId: person2,
        relation: "reference_person",
        isReference: true,
        joinedOn: "2025-01-01",
      },
      { id: newId(), householdId, personId: person3, relation: "child", joinedOn: "2025-01-01" },
    ]);
    const base = {
      organizationId: orgA,
      origin: "walk_in",
      caseManagerId: caseManager.id,
      contactedAt: at("2025-06-01"),
    };
    await tx.insert(cases).values([
      {
        ...base,
        id: ids.c1,
        reference: "2026-000001",
        subjectType: "person",
        personId: person1,
        state: "active",
        lastActivityAt: at(day(today, -40)),
      },
      {
        ...base,
        id: ids.c2,
        reference: "2026-000002",
        subjectType: "household",
        householdId,
        state: "monitoring",
        lastActivityAt: at(day(today, -5)),
      },
      {
        ...base,
        id: ids.c3,
        reference: "2026-000003",
        subjectType: "person",
        personId: person4,
        state: "closed",
        lastActivityAt: at(day(today, -90)),
      },
    ]);
    await tx.insert(carePlans).values([
      { id: ids.plan1, caseId: ids.c1, title: "Progetto", status: "agreed", nextReviewOn: day(today, 3) },
      { id: ids.plan2, caseId: ids.c2, title: "Progetto", status: "agreed", nextReviewOn: day(today, 20) },
      { id: ids.plan3, caseId: ids.c3, title: "Progetto", status: "agreed", nextReviewOn: day(today, -1) },
    ]);
    const action = {
      planId: ids.plan1,
      caseId: ids.c1,
      goalId: newId(),
      domain: "housing",
      description: "Cercare casa",
    };
    await tx.insert(planActions).values([
      {
        ...action,
        id: ids.actionMine,
        responsibleUserId: operator.id,
        dueOn: day(today, -2),
        status: "planned",
      },
      { ...action, id: ids.actionNobody, dueOn: day(today, -5), status: "in_progress" },
      {
        ...action,
        id: ids.actionDone,
        responsibleUserId: operator.id,
        dueOn: day(today, -9),
        status: "done",
      },
      {
        ...action,
        id: ids.actionLater,
        responsibleUserId: operator.id,
        dueOn: day(today, 5),
        status: "planned",
      },
    ]);
    await tx.insert(caseApprovals).values({
      id: ids.approval,
      caseId: ids.c2,
      organizationId: orgA,
      kind: "closure",
      payload: { to: "closed", outcome: "autonomy_reached" },
      requestedAt: at(day(today, -1)),
    });
    const permit = { type: "work", issuedOn: "2024-01-01" };
    await tx.insert(residencePermits).values([
      { ...permit, id: ids.permit1, personId: person1, expiresOn: day(today, 30) },
      { ...permit, id: ids.permit2old, personId: person2, expiresOn: day(today, 10) },
      {
        ...permit,
        id: ids.permit2new,
        personId: person2,
        issuedOn: day(today, -3),
        expiresOn: day(today, 730),
      },
      { ...permit, id: ids.permit3, personId: person3, expiresOn: day(today, 45) },
      { ...permit, id: ids.permit4, personId: person4, expiresOn: day(today, 10) },
    ]);
  });
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

describe(`reminders job (${testEngine})`, () => {
  it("generates each kind for the right user", async () => {
    const counts = await run();
    expect(counts.plan_review_due.created).toBe(1);
    const mine = await rowsOf(caseManager.id);
    const byKind = (kind: string) => mine.filter((r) => r.kind === kind);
    expect(byKind("plan_review_due").map((r) => [r.subjectId, r.dueOn])).toEqual([
      [ids.plan1, day(today, 3)],
    ]);
    expect(byKind("action_overdue").map((r) => r.subjectId)).toEqual([ids.actionNobody]);
    // The household's member with a renewed permit has none; the one on no open case has none.
    expect(
      byKind("permit_expiring")
        .map((r) => r.subjectId)
        .sort(),
    ).toEqual([ids.permit1, ids.permit3].sort());
    expect(byKind("permit_expiring").find((r) => r.subjectId === ids.permit3)?.caseId).toBe(ids.c2);
    expect(byKind("case_inactive").map((r) => [r.subjectId, r.dueOn])).toEqual([[ids.c1, day(today, -10)]]);
    expect(byKind("approval_pending")).toEqual([]);
    const ops = await rowsOf(operator.id);
    expect(ops.map((r) => [r.kind, r.subjectId])).toEqual([["action_overdue", ids.actionMine]]);
    expect(ops[0]?.params).toMatchObject({
      domain: "housing",
      dueOn: day(today, -2),
      actionId: ids.actionMine,
    });
    const coord = await rowsOf(coordinator.id);
    expect(coord.map((r) => [r.kind, r.subjectId, r.caseId])).toEqual([
      ["approval_pending", ids.approval, ids.c2],
    ]);
    expect(coord[0]?.params).toMatchObject({ approvalKind: "closure", requestedOn: day(today, -1) });
    expect(await rowsOf(coordinatorB.id)).toEqual([]);
    // Messages carry codes, dates and ids only.
    for (const r of [...mine, ...ops, ...coord]) {
      for (const v of Object.values(r.params as Record<string, unknown>)) {
        expect(typeof v === "number" || /^[0-9a-f-]{36}$|^\d{4}-\d{2}-\d{2}$|^[a-z_]+$/.test(String(v))).toBe(
          true,
        );
      }
    }
  });

  it("is idempotent: a second run creates and dismisses nothing", async () => {
    const [{ n: before } = { n: 0 }] = await system((tx) =>
      tx.select({ n: sql<number>`count(*)::int` }).from(reminders),
    );
    const counts = await run();
    for (const c of Object.values(counts)) expect(c).toEqual({ created: 0, dismissed: 0 });
    const [{ n: after } = { n: 0 }] = await system((tx) =>
      tx.select({ n: sql<number>`count(*)::int` }).from(reminders),
    );
    expect(after).toBe(before);
    expect(before).toBe(7);
  });

  it("shows a user their own reminders only, with the case reference, and lets them dismiss one", async () => {
    const cm = await signIn(t.app, caseManager.username, caseManager.password, caseManager.totpSecret);
    const op: Agent = await signIn(t.app, operator.username, operator.password);
    const res = await cm.request("GET", "/api/v1/reminders?status=open&limit=2");
    expect(res.statusCode).toBe(200);
    const first = res.json();
    expect(first.items).toHaveLength(2);
    const next = (await cm.request("GET", `/api/v1/reminders?cursor=${first.nextCursor}`)).json();
    const all = [...first.items, ...next.items];
    expect(all).toHaveLength(5);
    expect(all.map((r: { dueOn: string }) => r.dueOn)).toEqual(
      all.map((r: { dueOn: string }) => r.dueOn).sort(),
    );
    const review = all.find((r: { kind: string }) => r.kind === "plan_review_due");
    expect(review).toMatchObject({ caseId: ids.c1, caseReference: "2026-000001", dismissedAt: null });

    const opList = (await op.request("GET", "/api/v1/reminders")).json();
    expect(opList.items.map((r: { subjectId: string }) => r.subjectId)).toEqual([ids.actionMine]);
    // Someone else's reminder: as if it did not exist.
    expect((await op.request("POST", `/api/v1/reminders/${review.id}/dismissal`)).statusCode).toBe(404);

    const dismissed = await cm.request("POST", `/api/v1/reminders/${review.id}/dismissal`, undefined, {
      "idempotency-key": "dismiss-review-1",
    });
    expect(dismissed.statusCode).toBe(200);
    expect(dismissed.json().dismissedAt).not.toBeNull();
    expect((await cm.request("POST", `/api/v1/reminders/${review.id}/dismissal`)).statusCode).toBe(200);
    const closedList = (await cm.request("GET", "/api/v1/reminders?status=dismissed")).json();
    expect(closedList.items.map((r: { id: string }) => r.id)).toEqual([review.id]);
    // Regenerating does not bring a dismissed reminder back.
    await run();
    const open = (await cm.request("GET", "/api/v1/reminders")).json();
    expect(open.items.map((r: { id: string }) => r.id)).not.toContain(review.id);
    expect(open.items).toHaveLength(4);
  });

  it("keeps reminders private under row-level security, and serves the worklist through openRemindersFor", async () => {
    const actor: Actor = {
      kind: "user",
      userId: operator.id,
      organizationId: orgA,
      roles: ["housing_advisor"],
    };
    const seen = await inTransaction(t.deps.database, actor, noMeta, ({ tx }) => tx.select().from(reminders));
    expect(seen.map((r) => r.userId)).toEqual([operator.id]);
    const asCm: Actor = {
      kind: "user",
      userId: caseManager.id,
      organizationId: orgA,
      roles: ["case_manager"],
    };
    const sneaky = await inTransaction(t.deps.database, asCm, noMeta, ({ tx }) =>
      openRemindersFor(tx, operator.id, 10),
    );
    expect(sneaky).toEqual([]);
    const worklist = await inTransaction(t.deps.database, asCm, noMeta, ({ tx }) =>
      openRemindersFor(tx, caseManager.id, 3),
    );
    expect(worklist).toHaveLength(3);
    expect(worklist[0]?.caseReference).toMatch(/^2026-00000[12]$/);
  });

  it("dismisses reminders that no longer apply: action done, approval decided, permit renewed, case closed", async () => {
    await system(async (tx) => {
      await tx.update(planActions).set({ status: "done" }).where(eq(planActions.id, ids.actionMine));
      await tx
        .update(caseApprovals)
        .set({ status: "approved", decidedAt: new Date() })
        .where(eq(caseApprovals.id, ids.approval));
      await tx.insert(residencePermits).values({
        id: newId(),
        personId: person1,
        type: "work",
        issuedOn: day(today, -1),
        expiresOn: day(today, 700),
      });
    });
    const counts = await run();
    expect(counts.action_overdue.dismissed).toBe(1);
    expect(counts.approval_pending.dismissed).toBe(1);
    expect(counts.permit_expiring.dismissed).toBe(1);
    const openOf = async (u: string) => (await rowsOf(u)).filter((r) => r.dismissedAt === null);
    expect(await openOf(operator.id)).toEqual([]);
    expect(await openOf(coordinator.id)).toEqual([]);
    expect((await openOf(caseManager.id)).map((r) => r.kind).sort()).toEqual([
      "action_overdue",
      "case_inactive",
      "permit_expiring",
    ]);
    // New activity on the case ends the inactivity reminder; closing the case ends the rest of it.
    await system((tx) =>
      tx
        .update(cases)
        .set({ lastActivityAt: new Date(`${today}T09:00:00Z`) })
        .where(eq(cases.id, ids.c1)),
    );
    expect((await run()).case_inactive.dismissed).toBe(1);
    await system((tx) => tx.update(cases).set({ state: "closed" }).where(eq(cases.id, ids.c1)));
    expect((await run()).action_overdue.dismissed).toBe(1);
    expect((await openOf(caseManager.id)).map((r) => [r.kind, r.caseId])).toEqual([
      ["permit_expiring", ids.c2],
    ]);
  });
});

describe(`reminder e-mail digest (${testEngine})`, () => {
  function fakeTransport(): MailTransport & { sent: MailMessage[] } {
    const sent: MailMessage[] = [];
    return { sent, send: async (m) => void sent.push(m) };
  }

  it("sends nothing in demo mode, nor without SMTP", async () => {
    const transport = fakeTransport();
    const demo = await sendReminderDigests(
      { config: { demoMode: true }, database: t.deps.database },
      transport,
    );
    expect(demo).toEqual({ skipped: "demo_mode", sent: 0, failed: 0 });
    const none = await sendReminderDigests({ config: { demoMode: false }, database: t.deps.database }, null);
    expect(none.skipped).toBe("not_configured");
    expect(transport.sent).toEqual([]);
    const smtp = { url: "smtp://mail.example.org:587", from: "approdo@example.org" };
    expect(reminderMailTransport({ config: { ...t.deps.config, demoMode: true, smtp } })).toBeNull();
    expect(reminderMailTransport({ config: { ...t.deps.config, demoMode: false, smtp: null } })).toBeNull();
    expect(reminderMailTransport({ config: { ...t.deps.config, demoMode: false, smtp } })).not.toBeNull();
  });

  it("mails each user with an address one digest of new reminders, without personal data, once", async () => {
    const transport = fakeTransport();
    const result = await sendReminderDigests(
      { config: { demoMode: false }, database: t.deps.database },
      transport,
    );
    expect(result).toEqual({ skipped: null, sent: 1, failed: 0 });
    const [mail] = transport.sent;
    expect(mail?.to).toBe("sara@example.org");
    expect(mail?.subject).toBe("Approdo: 1 nuovo promemoria");
    expect(mail?.text).toContain("Permesso di soggiorno in scadenza – caso 2026-000002");
    expect(mail?.text).toContain("Accedi ad Approdo per vedere i dettagli");
    expect(mail?.text).not.toMatch(/Amina|Nucleo|Cercare/);
    const mailed = (await rowsOf(caseManager.id)).filter((r) => r.emailedAt !== null);
    expect(mailed).toHaveLength(1);
    const again = fakeTransport();
    await sendReminderDigests({ config: { demoMode: false }, database: t.deps.database }, again);
    expect(again.sent).toEqual([]);
  });
});
