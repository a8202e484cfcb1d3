import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Actor, systemActor } from "../../platform/authz/actor.ts";
import type { Role } from "../../platform/authz/roles.ts";
import { newId } from "../../platform/db/ids.ts";
import { attachments, caseApprovals, cases, planActions } from "../../platform/db/schema.ts";
import { inTransaction, noMeta } from "../../platform/db/transaction.ts";
import {
  type Agent,
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
import { buildCase } from "../assessments/build-case.testing.ts";
import { decidePlanVersion } from "./use-cases/decide-plan.ts";

let db: TestDatabase;
let t: TestApp;
let orgA: string;
let orgApproval: string;
let manager: Agent;
let managerId: string;
let psychologist: Agent;
let housing: Agent;
let outsider: Agent;
let kase: string;
let person: string;
let approvalCase: string;
let approvalManager: Agent;
let coordinatorActor: Actor;

async function agent(organizationId: string, role: Role) {
  const u = await buildUser(t.deps.database, { organizationId, roles: [role] });
  return { id: u.id, agent: await signIn(t.app, u.username, u.password, u.totpSecret) };
}

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.database);
  orgA = (await buildOrganization(t.deps.database)).id;
  orgApproval = (await buildOrganization(t.deps.database, { requiresClosureApproval: true })).id;
  const m = await agent(orgA, "case_manager");
  const p = await agent(orgA, "psychologist");
  const h = await agent(orgA, "housing_advisor");
  outsider = (await agent((await buildOrganization(t.deps.database)).id, "operator")).agent;
  manager = m.agent;
  managerId = m.id;
  psychologist = p.agent;
  housing = h.agent;
  person = (await buildPerson(t.deps.database, { organizationId: orgA })).id;
  kase = (
    await buildCase(t.deps.database, {
      organizationId: orgA,
      personId: person,
      caseManagerId: m.id,
      state: "active",
      team: [
        { userId: m.id, teamRole: "case_manager", organizationId: orgA },
        { userId: p.id, teamRole: "psychologist", organizationId: orgA },
        { userId: h.id, teamRole: "housing_advisor", organizationId: orgA },
      ],
    })
  ).id;
  const am = await agent(orgApproval, "case_manager");
  approvalManager = am.agent;
  const coordinator = await buildUser(t.deps.database, {
    organizationId: orgApproval,
    roles: ["org_coordinator"],
  });
  coordinatorActor = {
    kind: "user",
    userId: coordinator.id,
    organizationId: orgApproval,
    roles: ["org_coordinator"],
  };
  approvalCase = (
    await buildCase(t.deps.database, {
      organizationId: orgApproval,
      personId: (await buildPerson(t.deps.database, { organizationId: orgApproval })).id,
      caseManagerId: am.id,
      team: [{ userId: am.id, teamRole: "case_manager", organizationId: orgApproval }],
    })
  ).id;
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

const plans = (caseId: string, rest = "") => `/api/v1/cases/${caseId}/plans${rest}`;

function planBody() {
  return {
    title: "Percorso verso l'autonomia",
    nextReviewOn: "2026-09-30",
    goals: [
      {
        domain: "housing",
        description: "Trovare un alloggio stabile",
        actions: [
          {
            description: "Iscrizione al bando case popolari",
            responsibleOrganizationId: orgA,
            responsibleUserId: managerId,
            dueOn: "2026-07-15",
          },
          { description: "Colloquio con agenzia per l'abitare", dueOn: "2026-06-30", status: "in_progress" },
        ],
      },
      {
        domain: "italian_language",
        description: "Raggiungere il livello A2",
        actions: [{ description: "Corso CPIA" }],
      },
    ],
    changeNote: "Prima stesura",
  };
}

async function actionsOf(planId: string) {
  return t.deps.database.db
    .select()
    .from(planActions)
    .where(eq(planActions.planId, planId))
    .orderBy(planActions.description);
}

describe(`care plans (${testEngine})`, () => {
  it("creates a plan with version 1 as a draft, mirrors its actions and touches the case", async () => {
    const before = (await t.deps.database.db.select().from(cases).where(eq(cases.id, kase)))[0]
      ?.lastActivityAt;
    const res = await manager.request("POST", plans(kase), planBody());
    expect(res.statusCode).toBe(201);
    const plan = res.json();
    expect(plan).toMatchObject({
      caseId: kase,
      status: "draft",
      currentVersion: 1,
      approvedVersion: null,
      approvalRequired: false,
      version: 1,
      nextReviewOn: "2026-09-30",
      current: { number: 1, status: "draft", locked: false, changeNote: "Prima stesura" },
    });
    expect(plan.current.goals).toHaveLength(2);
    expect(plan.current.goals[0].actions[1]).toMatchObject({ status: "in_progress", dueOn: "2026-06-30" });
    const mirrored = await actionsOf(plan.id);
    expect(mirrored.map((a) => [a.description, a.status, a.domain])).toEqual([
      ["Colloquio con agenzia per l'abitare", "in_progress", "housing"],
      ["Corso CPIA", "planned", "italian_language"],
      ["Iscrizione al bando case popolari", "planned", "housing"],
    ]);
    const after = (await t.deps.database.db.select().from(cases).where(eq(cases.id, kase)))[0]
      ?.lastActivityAt;
    expect(after?.getTime()).toBeGreaterThanOrEqual(before?.getTime() ?? 0);
    expect((await outsider.request("GET", plans(kase))).statusCode).toBe(404);
    expect((await outsider.request("GET", plans(kase, `/${plan.id}`))).statusCode).toBe(404);
  });

  it("edits a draft in place, then makes a new version once approved; older versions stay readable", async () => {
    const created = (await manager.request("POST", plans(kase), planBody())).json();
    const patched = await housing.request("PATCH", plans(kase, `/${created.id}`), {
      version: 1,
      title: "Casa e lingua",
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ title: "Casa e lingua", currentVersion: 1, version: 2 });
    const stale = await manager.request("PATCH", plans(kase, `/${created.id}`), {
      version: 1,
      title: "Altro",
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: "VERSION_CONFLICT", details: { currentVersion: 2 } });

    // Only the case manager approves; the housing advisor is told nothing more than 404.
    expect(
      (await housing.request("POST", plans(kase, `/${created.id}/approve`), { version: 2 })).statusCode,
    ).toBe(404);
    const submit = await manager.request("POST", plans(kase, `/${created.id}/submit`), { version: 2 });
    expect(submit.json().error.details).toMatchObject({ reason: "APPROVAL_NOT_REQUIRED" });
    const approved = await manager.request("POST", plans(kase, `/${created.id}/approve`), { version: 2 });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      status: "agreed",
      approvedVersion: 1,
      current: { number: 1, status: "approved", locked: true, approvedBy: managerId },
    });

    const goals = approved.json().current.goals;
    const put = await manager.request("PUT", plans(kase, `/${created.id}`), {
      version: 3,
      title: "Casa e lingua",
      goals: [goals[0], { ...goals[1], actions: [] }],
      changeNote: "Corso sospeso",
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({
      status: "draft",
      currentVersion: 2,
      approvedVersion: 1,
      nextReviewOn: null,
      current: { number: 2, status: "draft", changeNote: "Corso sospeso" },
    });
    const mirrored = await actionsOf(created.id);
    expect(mirrored.find((a) => a.description === "Corso CPIA")?.status).toBe("cancelled");

    const v1 = (await manager.request("GET", plans(kase, `/${created.id}/versions/1`))).json();
    expect(v1).toMatchObject({ number: 1, status: "approved", nextReviewOn: "2026-09-30" });
    expect(v1.goals[1].actions).toHaveLength(1);
    const list = (await manager.request("GET", plans(kase, `/${created.id}/versions?limit=1`))).json();
    expect(list.items.map((v: { number: number }) => v.number)).toEqual([2]);
    const next = (
      await manager.request("GET", plans(kase, `/${created.id}/versions?limit=1&cursor=${list.nextCursor}`))
    ).json();
    expect(next.items.map((v: { number: number }) => v.number)).toEqual([1]);

    const again = await manager.request("POST", plans(kase, `/${created.id}/approve`), { version: 4 });
    expect(again.json()).toMatchObject({
      status: "agreed",
      approvedVersion: 2,
      current: { status: "approved" },
    });
    const old = (await manager.request("GET", plans(kase, `/${created.id}/versions/1`))).json();
    expect(old.status).toBe("superseded");
    expect((await manager.request("GET", plans(kase, `/${created.id}/versions/9`))).statusCode).toBe(404);
  });

  it("records action progress without a new version, even on an approved plan", async () => {
    const created = (await manager.request("POST", plans(kase), planBody())).json();
    const approved = (
      await manager.request("POST", plans(kase, `/${created.id}/approve`), { version: 1 })
    ).json();
    const action = approved.current.goals[0].actions[0];
    const res = await housing.request("PATCH", plans(kase, `/${created.id}/actions/${action.id}`), {
      status: "done",
      version: approved.version,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      currentVersion: 1,
      status: "agreed",
      current: { status: "approved" },
    });
    expect(res.json().current.goals[0].actions[0].status).toBe("done");
    expect((await actionsOf(created.id)).find((a) => a.id === action.id)?.status).toBe("done");
    const stale = await housing.request("PATCH", plans(kase, `/${created.id}/actions/${action.id}`), {
      status: "in_progress",
      version: approved.version,
    });
    expect(stale.statusCode).toBe(409);
    const missing = await housing.request("PATCH", plans(kase, `/${created.id}/actions/${newId()}`), {
      status: "done",
      version: res.json().version,
    });
    expect(missing.statusCode).toBe(404);
  });

  it("shows special-category goals only to those who may see them, and keeps them through others' edits", async () => {
    const refused = await housing.request("POST", plans(kase), {
      title: "Salute",
      goals: [{ domain: "mental_health_addiction", description: "Presa in carico CSM" }],
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details).toMatchObject({
      field: "goals.0.domain",
      reason: "SPECIAL_CATEGORY_NOT_ALLOWED",
    });
    const created = await psychologist.request("POST", plans(kase), {
      title: "Benessere",
      goals: [
        {
          domain: "mental_health_addiction",
          description: "Presa in carico CSM",
          actions: [{ description: "Primo colloquio" }],
        },
        { domain: "work", description: "Tirocinio" },
      ],
    });
    expect(created.statusCode).toBe(201);
    const plan = created.json();
    const seenByHousing = (await housing.request("GET", plans(kase, `/${plan.id}`))).json();
    expect(seenByHousing.current.goals.map((g: { domain: string }) => g.domain)).toEqual(["work"]);
    const edited = await housing.request("PATCH", plans(kase, `/${plan.id}`), {
      version: plan.version,
      goals: [{ ...seenByHousing.current.goals[0], description: "Tirocinio in falegnameria" }],
    });
    expect(edited.statusCode).toBe(200);
    const full = (await psychologist.request("GET", plans(kase, `/${plan.id}`))).json();
    expect(
      full.current.goals.map((g: { domain: string; description: string }) => [g.domain, g.description]),
    ).toEqual([
      ["work", "Tirocinio in falegnameria"],
      ["mental_health_addiction", "Presa in carico CSM"],
    ]);
    const hiddenAction = full.current.goals[1].actions[0].id;
    expect((await actionsOf(plan.id)).find((a) => a.id === hiddenAction)?.status).toBe("planned");
    const blocked = await housing.request("PATCH", plans(kase, `/${plan.id}/actions/${hiddenAction}`), {
      status: "done",
      version: full.version,
    });
    expect(blocked.statusCode).toBe(404);
  });

  it("records the beneficiary's agreement, which locks the version; checks the signed document", async () => {
    const created = (await manager.request("POST", plans(kase), planBody())).json();
    const foreign = newId();
    const own = newId();
    const otherPerson = (await buildPerson(t.deps.database, { organizationId: orgA })).id;
    await inTransaction(t.deps.database, systemActor, noMeta, async ({ tx }) => {
      const file = {
        kind: "other",
        retentionClass: "case_record",
        fileName: "patto.pdf",
        contentType: "application/pdf",
        sizeBytes: 10,
        sha256: "0".repeat(64),
        storageKey: "k",
        wrappedKey: "w",
      };
      await tx.insert(attachments).values([
        { id: own, organizationId: orgA, caseId: kase, ...file },
        {
          id: foreign,
          organizationId: orgA,
          personId: otherPerson,
          ...file,
        },
      ]);
    });
    const url = plans(kase, `/${created.id}/versions/1/agreement`);
    const wrongDoc = await manager.request("POST", url, {
      signed: true,
      agreedOn: "2026-03-01",
      language: "ara",
      documentId: foreign,
    });
    expect(wrongDoc.json().error.details).toMatchObject({
      field: "documentId",
      reason: "DOCUMENT_NOT_OF_CASE",
    });
    const badLanguage = await manager.request("POST", url, {
      signed: true,
      agreedOn: "2026-03-01",
      language: "arabic",
    });
    expect(badLanguage.statusCode).toBe(400);
    const signed = await manager.request("POST", url, {
      signed: true,
      agreedOn: "2026-03-01",
      language: "ARA",
      documentId: own,
    });
    expect(signed.statusCode).toBe(200);
    expect(signed.json()).toMatchObject({
      status: "draft",
      locked: true,
      agreement: { signed: true, agreedOn: "2026-03-01", language: "ara", documentId: own },
    });
    const twice = await manager.request("POST", url, {
      signed: true,
      agreedOn: "2026-03-02",
      language: "ara",
    });
    expect(twice.json().error.details).toMatchObject({ reason: "ALREADY_SIGNED" });
    const plan = (await manager.request("GET", plans(kase, `/${created.id}`))).json();
    const edited = await manager.request("PATCH", plans(kase, `/${created.id}`), {
      version: plan.version,
      title: "Nuovo titolo",
    });
    expect(edited.json()).toMatchObject({
      currentVersion: 2,
      current: { number: 2, status: "draft", locked: false },
    });
  });

  it("sends plans to a coordinator where the organisation requires approval", async () => {
    const created = (await approvalManager.request("POST", plans(approvalCase), planBody())).json();
    expect(created.approvalRequired).toBe(true);
    const direct = await approvalManager.request("POST", plans(approvalCase, `/${created.id}/approve`), {
      version: 1,
    });
    expect(direct.json().error.details).toMatchObject({ reason: "APPROVAL_REQUIRED" });
    const submitted = await approvalManager.request("POST", plans(approvalCase, `/${created.id}/submit`), {
      version: 1,
    });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({
      status: "pending_approval",
      current: { status: "pending_approval", locked: true },
    });
    const frozen = await approvalManager.request("PATCH", plans(approvalCase, `/${created.id}`), {
      version: submitted.json().version,
      title: "Cambio",
    });
    expect(frozen.json().error.details).toMatchObject({ reason: "PENDING_APPROVAL" });
    const [approval] = await t.deps.database.db
      .select()
      .from(caseApprovals)
      .where(eq(caseApprovals.caseId, approvalCase));
    expect(approval).toMatchObject({ kind: "plan_version", status: "pending" });
    expect(approval?.payload).toMatchObject({ planId: created.id, number: 1 });

    // What the cases module's decision does around the handler: the approval row, then the handler.
    const decide = (decision: "approved" | "rejected", id: string, payload: unknown) =>
      inTransaction(t.deps.database, coordinatorActor, noMeta, async ({ tx }) => {
        await tx.update(caseApprovals).set({ status: decision }).where(eq(caseApprovals.id, id));
        await tx.update(cases).set({ pendingApprovalId: null }).where(eq(cases.id, approvalCase));
        await decidePlanVersion(tx, coordinatorActor, { id, caseId: approvalCase, payload }, decision);
      });
    await decide("rejected", approval?.id ?? "", approval?.payload);
    const rejected = (await approvalManager.request("GET", plans(approvalCase, `/${created.id}`))).json();
    expect(rejected).toMatchObject({ status: "draft", current: { status: "draft", locked: false } });
    await decide("approved", approval?.id ?? "", approval?.payload); // no longer pending: nothing happens
    expect((await approvalManager.request("GET", plans(approvalCase, `/${created.id}`))).json().status).toBe(
      "draft",
    );

    const resubmitted = (
      await approvalManager.request("POST", plans(approvalCase, `/${created.id}/submit`), {
        version: rejected.version,
      })
    ).json();
    const second = (
      await t.deps.database.db.select().from(caseApprovals).where(eq(caseApprovals.caseId, approvalCase))
    ).find((a) => a.status === "pending");
    await decide("approved", second?.id ?? "", second?.payload);
    const approved = (await approvalManager.request("GET", plans(approvalCase, `/${created.id}`))).json();
    expect(approved).toMatchObject({
      status: "agreed",
      approvedVersion: 1,
      version: resubmitted.version + 1,
      current: { status: "approved", approvedBy: coordinatorActor.userId },
    });
  });

  it("is approved or rejected by a coordinator through the cases module's approvals API", async () => {
    const c = await buildUser(t.deps.database, { organizationId: orgApproval, roles: ["org_coordinator"] });
    const coordinator = await signIn(t.app, c.username, c.password);
    const created = (await approvalManager.request("POST", plans(approvalCase), planBody())).json();
    const submitted = (
      await approvalManager.request("POST", plans(approvalCase, `/${created.id}/submit`), {
        version: created.version,
      })
    ).json();
    const pending = (
      await t.deps.database.db.select().from(caseApprovals).where(eq(caseApprovals.caseId, approvalCase))
    ).find((a) => a.status === "pending");
    expect(pending?.payload).toMatchObject({ planId: created.id });
    const rejected = await coordinator.request("POST", `/api/v1/approvals/${pending?.id}/decision`, {
      decision: "rejected",
      note: "Manca la data di verifica",
    });
    expect(rejected.statusCode).toBe(200);
    const back = (await approvalManager.request("GET", plans(approvalCase, `/${created.id}`))).json();
    expect(back).toMatchObject({
      status: "draft",
      version: submitted.version + 1,
      current: { status: "draft" },
    });
    const fixed = (
      await approvalManager.request("PATCH", plans(approvalCase, `/${created.id}`), {
        version: back.version,
        nextReviewOn: "2026-12-01",
      })
    ).json();
    expect(fixed.currentVersion).toBe(1);
    await approvalManager.request("POST", plans(approvalCase, `/${created.id}/submit`), {
      version: fixed.version,
    });
    const again = (
      await t.deps.database.db.select().from(caseApprovals).where(eq(caseApprovals.caseId, approvalCase))
    ).find((a) => a.status === "pending");
    const approved = await coordinator.request("POST", `/api/v1/approvals/${again?.id}/decision`, {
      decision: "approved",
    });
    expect(approved.statusCode).toBe(200);
    const plan = (await approvalManager.request("GET", plans(approvalCase, `/${created.id}`))).json();
    expect(plan).toMatchObject({
      status: "agreed",
      approvedVersion: 1,
      current: { status: "approved", approvedBy: c.id },
    });
  });

  it("adds no plan to a closed case and changes none of its plans", async () => {
    const closed = await buildCase(t.deps.database, {
      organizationId: orgA,
      personId: person,
      state: "closed",
      team: [{ userId: managerId, teamRole: "case_manager", organizationId: orgA }],
    });
    const res = await manager.request("POST", plans(closed.id), planBody());
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details).toMatchObject({ reason: "CASE_CLOSED" });
  });
});
