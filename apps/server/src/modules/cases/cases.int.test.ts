import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../../platform/authz/actor.ts";
import type { Role } from "../../platform/authz/roles.ts";
import { newId } from "../../platform/db/ids.ts";
import {
  auditEvents,
  caseNotes,
  consents,
  organizations,
  personAccess,
  projectPartners,
  projects,
  reminders,
} from "../../platform/db/schema.ts";
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
import { todayInItaly } from "./cases.rules.ts";

let db: TestDatabase;
let t: TestApp;
let orgA: string;
let orgB: string;
let project: string;
const users: Record<string, BuiltUser> = {};
const agents: Record<string, Agent> = {};
const today = todayInItaly();

async function asSystem<T>(fn: (tx: Parameters<Parameters<typeof inTransaction>[3]>[0]["tx"]) => Promise<T>) {
  return inTransaction(t.deps.database, systemActor, noMeta, ({ tx }) => fn(tx));
}

async function user(name: string, organizationId: string, roles: Role[]) {
  const u = await buildUser(t.deps.database, { organizationId, roles });
  users[name] = u;
  agents[name] = await signIn(t.app, u.username, u.password, u.totpSecret);
}

function agent(name: string): Agent {
  const a = agents[name];
  if (!a) throw new Error(name);
  return a;
}

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.database);
  orgA = (await buildOrganization(t.deps.database, { requiresClosureApproval: true })).id;
  orgB = (await buildOrganization(t.deps.database)).id;
  project = newId();
  await asSystem(async (tx) => {
    await tx.insert(projects).values({
      id: project,
      code: `P-${project.slice(-6)}`,
      title: "Progetto di prova",
      fundLine: "FAMI",
      startDate: "2020-01-01",
      endDate: "2099-12-31",
      leadOrganizationId: orgA,
    });
    await tx.insert(projectPartners).values([
      { projectId: project, organizationId: orgA, role: "lead" },
      { projectId: project, organizationId: orgB, role: "partner" },
    ]);
  });
  await user("manager", orgA, ["case_manager"]);
  await user("manager2", orgA, ["case_manager"]);
  await user("operator", orgA, ["operator"]);
  await user("coordinator", orgA, ["org_coordinator"]);
  await user("coordinator2", orgA, ["org_coordinator"]);
  await user("psy", orgA, ["psychologist"]);
  await user("mediatorB", orgB, ["cultural_mediator"]);
  await user("psyB", orgB, ["psychologist"]);
  await user("operatorB", orgB, ["operator"]);
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

async function openCase(body: Record<string, unknown>, who = "manager") {
  const res = await agent(who).request("POST", "/api/v1/cases", body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function move(caseId: string, to: string, extra: Record<string, unknown> = {}, who = "manager") {
  return agent(who).request("POST", `/api/v1/cases/${caseId}/transitions`, {
    to,
    reason: `to ${to}`,
    ...extra,
  });
}

describe(`cases API (${testEngine})`, () => {
  it("opens a case for a person with the organisation's defaults; the creator is case manager and on the team", async () => {
    const person = await buildPerson(t.deps.database, { organizationId: orgA, givenName: "Amina" });
    const c = await openCase({ personId: person.id });
    expect(c).toMatchObject({
      state: "referred",
      organizationId: orgA,
      projectId: project,
      subjectType: "person",
      personId: person.id,
      caseManagerId: users.manager?.id,
      origin: "walk_in",
      version: 1,
      allowedTransitions: ["assessment", "closed"],
      access: { isCaseManager: true, canSeeSpecial: true, canWrite: true, teamRole: "case_manager" },
    });
    expect(c.reference).toMatch(new RegExp(`^${today.slice(0, 4)}-\\d{6}$`));
    expect(c.subject.people).toEqual([
      { personId: person.id, givenName: "Amina", familyName: person.familyName },
    ]);
    expect(c.team).toHaveLength(1);
    expect(c.team[0]).toMatchObject({ userId: users.manager?.id, teamRole: "case_manager", partner: false });
    expect(c.team[0].displayName).toBeTruthy();

    // A second case for the same subject: 409 unless asked for; references differ.
    const dup = await agent("manager").request("POST", "/api/v1/cases", { personId: person.id });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe("CASE_ALREADY_OPEN");
    const second = await openCase({ personId: person.id, allowDuplicate: true });
    expect(second.reference).not.toBe(c.reference);

    const read = await agent("operator").request("GET", `/api/v1/cases/${c.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().access).toMatchObject({ teamRole: null, canWrite: true, canManage: false });
    const audited = await t.deps.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "case"), eq(auditEvents.entityId, c.id)));
    expect(audited.map((a) => a.action)).toEqual(expect.arrayContaining(["case.created", "case.read"]));
  });

  it("answers 404 for a subject or a case the actor may not see, and accepts a client id and Idempotency-Key", async () => {
    const other = await buildPerson(t.deps.database, { organizationId: orgB });
    const res = await agent("manager").request("POST", "/api/v1/cases", { personId: other.id });
    expect(res.statusCode).toBe(404);
    const mine = await buildPerson(t.deps.database, { organizationId: orgA });
    const id = newId();
    const key = `open-${id}`;
    const first = await agent("operator").request(
      "POST",
      "/api/v1/cases",
      { id, personId: mine.id, caseManagerId: users.manager?.id },
      { "idempotency-key": key },
    );
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ id, caseManagerId: users.manager?.id });
    expect(
      first
        .json()
        .team.map((m: { teamRole: string }) => m.teamRole)
        .sort(),
    ).toEqual(["case_manager", "operator"]);
    const again = await agent("operator").request(
      "POST",
      "/api/v1/cases",
      { id, personId: mine.id },
      { "idempotency-key": key },
    );
    expect(again.statusCode).toBe(201);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect((await agent("operatorB").request("GET", `/api/v1/cases/${id}`)).statusCode).toBe(404);
    const neither = await agent("operator").request("POST", "/api/v1/cases", {});
    expect(neither.statusCode).toBe(400);
  });

  it("asks for a project when the organisation works in several", async () => {
    const org = (await buildOrganization(t.deps.database)).id;
    const p1 = newId();
    const p2 = newId();
    await asSystem(async (tx) => {
      for (const p of [p1, p2]) {
        await tx.insert(projects).values({
          id: p,
          code: `Q-${p.slice(-8)}`,
          title: "Q",
          fundLine: "FAMI",
          startDate: "2020-01-01",
          endDate: "2099-01-01",
          leadOrganizationId: org,
        });
        await tx.insert(projectPartners).values({ projectId: p, organizationId: org, role: "lead" });
      }
    });
    const op = await buildUser(t.deps.database, { organizationId: org, roles: ["operator"] });
    const a = await signIn(t.app, op.username, op.password);
    const person = await buildPerson(t.deps.database, { organizationId: org });
    const res = await a.request("POST", "/api/v1/cases", { personId: person.id });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: "PROJECT_REQUIRED", details: { field: "projectId" } });
    const ok = await a.request("POST", "/api/v1/cases", { personId: person.id, projectId: p2 });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ projectId: p2, caseManagerId: null });
  });

  it("opens a household case listing its current members", async () => {
    const a = await buildPerson(t.deps.database, {
      organizationId: orgA,
      givenName: "Fatima",
      birthDate: "1985-01-01",
    });
    const b = await buildPerson(t.deps.database, {
      organizationId: orgA,
      givenName: "Omar",
      birthDate: "2015-01-01",
    });
    const h = await agent("operator").request("POST", "/api/v1/households", {
      label: `Famiglia ${newId()}`,
      members: [
        { personId: a.id, relation: "reference_person" },
        { personId: b.id, relation: "child" },
      ],
    });
    expect(h.statusCode, h.body).toBe(201);
    const c = await openCase({ householdId: h.json().id, origin: "outreach" });
    expect(c).toMatchObject({ subjectType: "household", householdId: h.json().id, origin: "outreach" });
    expect(c.subject.label).toBe(h.json().label);
    expect(c.subject.people.map((p: { personId: string }) => p.personId).sort()).toEqual([a.id, b.id].sort());
  });

  it("runs the state machine: reasons, illegal moves, outcomes, approval of closure, reopening", async () => {
    const person = await buildPerson(t.deps.database, { organizationId: orgA });
    const c = await openCase({ personId: person.id });
    const illegal = await move(c.id, "monitoring");
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json().error).toMatchObject({
      code: "ILLEGAL_TRANSITION",
      details: { allowed: ["assessment", "closed"] },
    });
    const noReason = await agent("manager").request("POST", `/api/v1/cases/${c.id}/transitions`, {
      to: "assessment",
      reason: " ",
    });
    expect(noReason.statusCode).toBe(400);
    const stale = await move(c.id, "assessment", { version: 99 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("VERSION_CONFLICT");
    expect((await move(c.id, "assessment")).json()).toMatchObject({ state: "assessment" });
    const active = (await move(c.id, "active")).json();
    expect(active.state).toBe("active");
    expect(active.assessmentAt).not.toBeNull();
    expect(active.activeAt).not.toBeNull();
    expect((await move(c.id, "monitoring")).json().state).toBe("monitoring");
    expect((await move(c.id, "active")).json().state).toBe("active");

    const noOutcome = await move(c.id, "closed");
    expect(noOutcome.statusCode).toBe(400);
    expect(noOutcome.json().error.details).toMatchObject({ field: "outcome" });
    // The organisation requires approval: the case stays active and a coordinator decides.
    const asked = await move(c.id, "closed", { outcome: "autonomy_reached" });
    expect(asked.statusCode).toBe(202);
    const { approvalId } = asked.json();
    expect(asked.json()).toMatchObject({ state: "active" });
    expect((await move(c.id, "closed", { outcome: "other" })).json().error.code).toBe("APPROVAL_PENDING");
    const detail = (await agent("manager").request("GET", `/api/v1/cases/${c.id}`)).json();
    expect(detail.pendingApproval).toMatchObject({ id: approvalId, kind: "closure", status: "pending" });

    const queue = (await agent("coordinator").request("GET", "/api/v1/approvals?status=pending")).json();
    expect(queue.items.map((a: { id: string }) => a.id)).toContain(approvalId);
    const notMine = await agent("manager").request("POST", `/api/v1/approvals/${approvalId}/decision`, {
      decision: "approved",
      note: "",
    });
    expect(notMine.statusCode).toBe(422);
    const ok = await agent("coordinator").request("POST", `/api/v1/approvals/${approvalId}/decision`, {
      decision: "approved",
      note: "ok",
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: "approved", decisionNote: "ok" });
    const again = await agent("coordinator2").request("POST", `/api/v1/approvals/${approvalId}/decision`, {
      decision: "rejected",
      note: "",
    });
    expect(again.json().error.code).toBe("APPROVAL_ALREADY_DECIDED");
    const closed = (await agent("manager").request("GET", `/api/v1/cases/${c.id}`)).json();
    expect(closed).toMatchObject({
      state: "closed",
      outcome: "autonomy_reached",
      pendingApprovalId: null,
      pendingApproval: null,
    });
    expect(closed.closedAt).not.toBeNull();

    const reopened = (await move(c.id, "assessment", { reason: "new needs" })).json();
    expect(reopened).toMatchObject({ state: "assessment", closedAt: null, outcome: null });

    const timeline = (await agent("manager").request("GET", `/api/v1/cases/${c.id}/timeline?limit=3`)).json();
    expect(timeline.items).toHaveLength(3);
    expect(timeline.items[0]).toMatchObject({
      kind: "transition",
      summary: { from: "closed", to: "assessment", reason: "new needs" },
    });
    expect(timeline.items[1]).toMatchObject({ kind: "transition", summary: { to: "closed", approvalId } });
    // The approved closure is the requester's transition.
    expect(timeline.items[1].by.id).toBe(users.manager?.id);
    const rest = (
      await agent("manager").request(
        "GET",
        `/api/v1/cases/${c.id}/timeline?limit=50&cursor=${timeline.nextCursor}`,
      )
    ).json();
    expect(rest.items.map((e: { summary: { to: string } }) => e.summary.to)).toEqual([
      "monitoring",
      "active",
      "assessment",
      "referred",
    ]);
    expect(rest.nextCursor).toBeNull();
  });

  it("a coordinator may not decide their own request; a rejection leaves the case as it was", async () => {
    const person = await buildPerson(t.deps.database, { organizationId: orgA });
    const c = await openCase({ personId: person.id });
    const asked = await move(c.id, "closed", { outcome: "unreachable" }, "coordinator");
    expect(asked.statusCode).toBe(202);
    const own = await agent("coordinator").request(
      "POST",
      `/api/v1/approvals/${asked.json().approvalId}/decision`,
      { decision: "approved", note: "" },
    );
    expect(own.statusCode).toBe(422);
    const no = await agent("coordinator2").request(
      "POST",
      `/api/v1/approvals/${asked.json().approvalId}/decision`,
      { decision: "rejected", note: "not yet" },
    );
    expect(no.json().status).toBe("rejected");
    expect((await agent("manager").request("GET", `/api/v1/cases/${c.id}`)).json()).toMatchObject({
      state: "referred",
      pendingApprovalId: null,
    });
  });

  it("edits with a version and hands the case to another case manager", async () => {
    const person = await buildPerson(t.deps.database, { organizationId: orgA });
    const c = await openCase({ personId: person.id });
    const stale = await agent("manager").request("PATCH", `/api/v1/cases/${c.id}`, {
      version: c.version + 5,
      summary: "x",
    });
    expect(stale.statusCode).toBe(409);
    expect(
      (await agent("operator").request("PATCH", `/api/v1/cases/${c.id}`, { summary: "x" })).statusCode,
    ).toBe(404);
    const res = await agent("manager").request("PATCH", `/api/v1/cases/${c.id}`, {
      version: c.version,
      summary: "Needs housing",
      caseManagerId: users.manager2?.id,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      summary: "Needs housing",
      caseManagerId: users.manager2?.id,
      version: c.version + 1,
    });
    const current = body.team.filter((m: { removedAt: string | null }) => m.removedAt === null);
    expect(current.map((m: { userId: string }) => m.userId)).toEqual([users.manager2?.id]);
    expect(body.team).toHaveLength(2);
  });

  it("adds a partner's member only with consent, grants them the person, and never shows them special notes", async () => {
    const person = await buildPerson(t.deps.database, { organizationId: orgA, givenName: "Layla" });
    const c = await openCase({ personId: person.id });
    await agent("manager").request("POST", `/api/v1/cases/${c.id}/team`, {
      userId: users.psy?.id,
      teamRole: "psychologist",
    });

    const candidates = (
      await agent("manager").request("GET", `/api/v1/cases/${c.id}/team/candidates?limit=50`)
    ).json();
    const ids = candidates.items.map((u: { id: string }) => u.id);
    expect(ids).toEqual(expect.arrayContaining([users.mediatorB?.id, users.operator?.id]));
    expect(candidates.items.find((u: { id: string }) => u.id === users.psy?.id).onTeam).toBe(true);
    expect((await agent("operator").request("GET", `/api/v1/cases/${c.id}/team/candidates`)).statusCode).toBe(
      404,
    );

    const refused = await agent("manager").request("POST", `/api/v1/cases/${c.id}/team`, {
      userId: users.mediatorB?.id,
      teamRole: "cultural_mediator",
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe("CONSENT_MISSING");
    expect((await agent("mediatorB").request("GET", `/api/v1/cases/${c.id}`)).statusCode).toBe(404);

    await asSystem((tx) =>
      tx.insert(consents).values({
        id: newId(),
        personId: person.id,
        purpose: "data_sharing",
        organizationIds: [orgB],
        givenOn: "2024-01-01",
        explainedInLanguage: "ita",
      }),
    );
    for (const [u, role] of [
      ["mediatorB", "cultural_mediator"],
      ["psyB", "psychologist"],
    ] as const) {
      const added = await agent("manager").request("POST", `/api/v1/cases/${c.id}/team`, {
        userId: users[u]?.id,
        teamRole: role,
      });
      expect(added.statusCode, added.body).toBe(201);
    }
    const access = await t.deps.database.db
      .select()
      .from(personAccess)
      .where(and(eq(personAccess.personId, person.id), eq(personAccess.organizationId, orgB)));
    expect(access).toHaveLength(1);
    expect(access[0]?.reason).toBe("case_team");

    await asSystem((tx) =>
      tx.insert(caseNotes).values([
        {
          id: newId(),
          caseId: c.id,
          confidentiality: "special_category",
          body: "diagnosi riservata",
          authorId: users.psy?.id,
          authorOrganizationId: orgA,
        },
        {
          id: newId(),
          caseId: c.id,
          confidentiality: "team",
          body: "nota per l'équipe",
          authorId: users.manager?.id,
          authorOrganizationId: orgA,
        },
      ]),
    );
    const notesOf = async (who: string) => {
      const res = await agent(who).request("GET", `/api/v1/cases/${c.id}/timeline?limit=200`);
      expect(res.statusCode, res.body).toBe(200);
      return res
        .json()
        .items.filter((e: { kind: string }) => e.kind === "note")
        .map((e: { summary: { body: string } }) => e.summary.body)
        .sort();
    };
    expect(await notesOf("psy")).toEqual(["diagnosi riservata", "nota per l'équipe"]);
    expect(await notesOf("mediatorB")).toEqual(["nota per l'équipe"]);
    expect(await notesOf("psyB")).toEqual(["nota per l'équipe"]);
    expect(await notesOf("operator")).toEqual(["nota per l'équipe"]);

    const seen = (await agent("mediatorB").request("GET", `/api/v1/cases/${c.id}`)).json();
    expect(seen.subject.people).toEqual([
      { personId: person.id, givenName: "Layla", familyName: person.familyName },
    ]);
    expect(seen.access).toMatchObject({
      teamRole: "cultural_mediator",
      canSeeSpecial: false,
      canManage: false,
    });
    expect(seen.team.find((m: { userId: string }) => m.userId === users.mediatorB?.id)).toMatchObject({
      partner: true,
    });
    expect((await agent("psyB").request("GET", `/api/v1/cases/${c.id}`)).json().access.canSeeSpecial).toBe(
      false,
    );
    expect(
      (
        await agent("mediatorB").request("POST", `/api/v1/cases/${c.id}/team`, {
          userId: users.operatorB?.id,
          teamRole: "operator",
        })
      ).statusCode,
    ).toBe(404);

    // Leaving the team keeps history; the case disappears for the partner.
    const seat = seen.team.find((m: { userId: string }) => m.userId === users.mediatorB?.id);
    const removed = await agent("manager").request("POST", `/api/v1/cases/${c.id}/team/${seat.id}/removal`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().items.find((m: { id: string }) => m.id === seat.id).removedAt).not.toBeNull();
    expect((await agent("mediatorB").request("GET", `/api/v1/cases/${c.id}`)).statusCode).toBe(404);
  });

  it("lists cases with filters and keyset pages; the worklist and caseload", async () => {
    const org = (await buildOrganization(t.deps.database)).id;
    const cm = await buildUser(t.deps.database, { organizationId: org, roles: ["case_manager"] });
    const co = await buildUser(t.deps.database, { organizationId: org, roles: ["org_coordinator"] });
    const cmA = await signIn(t.app, cm.username, cm.password, cm.totpSecret);
    const coA = await signIn(t.app, co.username, co.password);
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      const p = await buildPerson(t.deps.database, { organizationId: org });
      const res = await cmA.request("POST", "/api/v1/cases", { personId: p.id });
      expect(res.statusCode).toBe(201);
      made.push(res.json().id);
    }
    for (const id of made.slice(0, 2)) {
      await cmA.request("POST", `/api/v1/cases/${id}/transitions`, { to: "assessment", reason: "r" });
    }
    await cmA.request("POST", `/api/v1/cases/${made[0]}/transitions`, { to: "active", reason: "r" });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/cases?organizationId=${org}&limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const page = (await coA.request("GET", url)).json();
      seen.push(...page.items.map((c: { id: string }) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual([...made].sort());
    const assessing = (
      await coA.request("GET", `/api/v1/cases?state=assessment&organizationId=${org}`)
    ).json();
    expect(assessing.items.map((c: { id: string }) => c.id)).toEqual([made[1]]);
    expect(assessing.items[0].subjectLabel).toBeTruthy();
    const mine = (await cmA.request("GET", "/api/v1/cases?assignedTo=me")).json();
    expect(mine.items).toHaveLength(5);
    expect((await coA.request("GET", `/api/v1/cases?assignedTo=${co.id}`)).json().items).toHaveLength(0);
    expect((await coA.request("GET", "/api/v1/cases?cursor=nonsense")).statusCode).toBe(400);

    await asSystem((tx) =>
      tx.insert(reminders).values({
        id: newId(),
        userId: cm.id,
        organizationId: org,
        caseId: made[0],
        kind: "case_inactive",
        subjectId: made[0] as string,
        dueOn: "2020-01-01",
      }),
    );
    const work = (await cmA.request("GET", "/api/v1/worklist")).json();
    expect(work.counts).toMatchObject({
      cases: 5,
      casesByState: { referred: 3, assessment: 1, active: 1 },
      reminders: 1,
      remindersOverdue: 1,
    });
    expect(work.reminders[0]).toMatchObject({ kind: "case_inactive", caseId: made[0] });

    await asSystem((tx) =>
      tx.update(organizations).set({ requiresClosureApproval: true }).where(eq(organizations.id, org)),
    );
    const asked = await cmA.request("POST", `/api/v1/cases/${made[4]}/transitions`, {
      to: "closed",
      reason: "r",
      outcome: "dropped_out",
    });
    expect(asked.statusCode).toBe(202);
    const coWork = (await coA.request("GET", "/api/v1/worklist")).json();
    expect(coWork.counts.approvals).toBe(1);
    expect(coWork.approvals[0]).toMatchObject({ id: asked.json().approvalId, kind: "closure" });

    const load = await coA.request("GET", `/api/v1/cases/caseload?organizationId=${org}`);
    expect(load.statusCode, load.body).toBe(200);
    const body = load.json();
    expect(body).toMatchObject({ total: 5, byState: { referred: 3, assessment: 1, active: 1 } });
    expect(body.byOperator).toEqual([expect.objectContaining({ userId: cm.id, total: 5 })]);
    expect(body.waitingTimes.contactToAssessment.count).toBe(2);
    expect(body.waitingTimes.assessmentToActive.count).toBe(1);
    expect(body.waitingTimes.contactToActive.medianDays).toBeGreaterThanOrEqual(0);
    expect((await cmA.request("GET", `/api/v1/cases/caseload?organizationId=${org}`)).statusCode).toBe(404);
    expect((await cmA.request("GET", "/api/v1/cases/caseload?scope=team")).json().total).toBe(5);
    expect(
      (await agent("coordinator").request("GET", `/api/v1/cases/caseload?organizationId=${org}`)).statusCode,
    ).toBe(404);
  });

  it("documents its paths in the OpenAPI description from the zod schemas", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/cases",
        "/api/v1/cases/{id}",
        "/api/v1/cases/{id}/transitions",
        "/api/v1/cases/{id}/team",
        "/api/v1/cases/{id}/team/{memberId}",
        "/api/v1/cases/{id}/team/{memberId}/removal",
        "/api/v1/cases/{id}/team/candidates",
        "/api/v1/cases/{id}/timeline",
        "/api/v1/cases/caseload",
        "/api/v1/approvals",
        "/api/v1/approvals/{id}/decision",
        "/api/v1/worklist",
      ]),
    );
    const transitions = doc.paths["/api/v1/cases/{id}/transitions"].post;
    expect(Object.keys(transitions.responses)).toEqual(expect.arrayContaining(["200", "202"]));
    expect(transitions.requestBody.content["application/json"].schema.properties.to.enum).toEqual([
      "referred",
      "assessment",
      "active",
      "monitoring",
      "closed",
    ]);
  });

  it("refuses a partner's user as case manager on the team", async () => {
    const person = await buildPerson(t.deps.database, { organizationId: orgA });
    await asSystem((tx) =>
      tx.insert(consents).values({
        id: newId(),
        personId: person.id,
        purpose: "data_sharing",
        organizationIds: [orgB],
        givenOn: "2024-01-01",
        explainedInLanguage: "ita",
      }),
    );
    const c = await openCase({ personId: person.id });
    const res = await agent("manager").request("POST", `/api/v1/cases/${c.id}/team`, {
      userId: users.psyB?.id,
      teamRole: "case_manager",
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details).toMatchObject({ field: "teamRole" });
  });
});
