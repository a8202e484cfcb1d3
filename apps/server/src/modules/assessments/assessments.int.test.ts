import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../../platform/authz/actor.ts";
import type { Role } from "../../platform/authz/roles.ts";
import { newId } from "../../platform/db/ids.ts";
import { auditEvents, catalogEntries, networkOrganizations, networks } from "../../platform/db/schema.ts";
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
import { buildCase } from "./build-case.testing.ts";

let db: TestDatabase;
let t: TestApp;
let orgA: string;
let orgB: string;
let manager: Agent;
let managerId: string;
let psychologist: Agent;
let housing: Agent;
let partnerMediator: Agent;
let outsider: Agent;
let personCase: string;
let householdCase: string;
let mother: string;
let son: string;
let stranger: string;

async function agent(organizationId: string, role: Role) {
  const u = await buildUser(t.deps.database, { organizationId, roles: [role] });
  return { id: u.id, agent: await signIn(t.app, u.username, u.password, u.totpSecret) };
}

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.database);
  orgA = (await buildOrganization(t.deps.database)).id;
  orgB = (await buildOrganization(t.deps.database)).id;
  const m = await agent(orgA, "case_manager");
  const p = await agent(orgA, "psychologist");
  const h = await agent(orgA, "housing_advisor");
  const pm = await agent(orgB, "cultural_mediator");
  outsider = (await agent(orgB, "operator")).agent;
  manager = m.agent;
  managerId = m.id;
  psychologist = p.agent;
  housing = h.agent;
  partnerMediator = pm.agent;
  const team = [
    { userId: m.id, teamRole: "case_manager" as const, organizationId: orgA },
    { userId: p.id, teamRole: "psychologist" as const, organizationId: orgA },
    { userId: h.id, teamRole: "housing_advisor" as const, organizationId: orgA },
    { userId: pm.id, teamRole: "cultural_mediator" as const, organizationId: orgB },
  ];
  const single = (await buildPerson(t.deps.database, { organizationId: orgA })).id;
  personCase = (
    await buildCase(t.deps.database, { organizationId: orgA, personId: single, caseManagerId: m.id, team })
  ).id;
  mother = (await buildPerson(t.deps.database, { organizationId: orgA, givenName: "Amina" })).id;
  son = (await buildPerson(t.deps.database, { organizationId: orgA, givenName: "Youssef", sex: "male" })).id;
  stranger = (await buildPerson(t.deps.database, { organizationId: orgA })).id;
  householdCase = (
    await buildCase(t.deps.database, {
      organizationId: orgA,
      householdPersonIds: [mother, son],
      caseManagerId: m.id,
      team,
    })
  ).id;
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

const url = (caseId: string, rest = "") => `/api/v1/cases/${caseId}/assessments${rest}`;

async function record(who: Agent, caseId: string, body: Record<string, unknown>) {
  return who.request("POST", url(caseId), body);
}

describe(`assessments (${testEngine})`, () => {
  it("records an assessment with a special-category domain, audited without its content", async () => {
    const res = await record(manager, personCase, {
      assessedOn: "2026-01-10",
      summary: "Prima valutazione",
      items: [
        { domain: "housing", level: 3, notes: "Vive in un dormitorio", evidence: "Colloquio" },
        { domain: "mental_health_addiction", level: 2, notes: "Insonnia" },
      ],
    });
    expect(res.statusCode).toBe(201);
    const a = res.json();
    expect(a).toMatchObject({
      caseId: personCase,
      assessedOn: "2026-01-10",
      supersededById: null,
      correctsId: null,
    });
    expect(a.items).toHaveLength(2);
    expect(a.items.find((i: { domain: string }) => i.domain === "mental_health_addiction")).toMatchObject({
      specialCategory: true,
      level: 2,
      personId: null,
    });
    const events = await t.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "case"), eq(auditEvents.entityId, personCase)));
    const recorded = events.find((e) => e.action === "assessment.recorded");
    expect(recorded?.details).toEqual({ assessmentId: a.id, itemCount: 2, specialItemCount: 1 });
    expect(JSON.stringify(events)).not.toContain("Insonnia");
  });

  it("shows special-category items only to special-category roles on the team (row-level security)", async () => {
    const seen = async (who: Agent) => {
      const res = await who.request("GET", url(personCase));
      expect(res.statusCode).toBe(200);
      return res
        .json()
        .items[0].items.map((i: { domain: string }) => i.domain)
        .sort();
    };
    expect(await seen(manager)).toEqual(["housing", "mental_health_addiction"]);
    expect(await seen(psychologist)).toEqual(["housing", "mental_health_addiction"]);
    expect(await seen(housing)).toEqual(["housing"]);
    expect(await seen(partnerMediator)).toEqual(["housing"]);
    expect((await outsider.request("GET", url(personCase))).statusCode).toBe(404);
    expect(
      (
        await record(outsider, personCase, {
          assessedOn: "2026-01-10",
          items: [{ domain: "housing", level: 1 }],
        })
      ).statusCode,
    ).toBe(404);
  });

  it("refuses special-category domains from other roles, unknown domains, future dates and non-subjects", async () => {
    const special = await record(housing, personCase, {
      assessedOn: "2026-01-11",
      items: [{ domain: "health", level: 1 }],
    });
    expect(special.statusCode).toBe(422);
    expect(special.json().error.details).toMatchObject({
      field: "items.0.domain",
      reason: "SPECIAL_CATEGORY_NOT_ALLOWED",
    });
    const unknown = await record(manager, personCase, {
      assessedOn: "2026-01-11",
      items: [{ domain: "astrology", level: 1 }],
    });
    expect(unknown.json().error.details).toMatchObject({ reason: "UNKNOWN_DOMAIN" });
    const future = await record(manager, personCase, {
      assessedOn: "2999-01-01",
      items: [{ domain: "work", level: 1 }],
    });
    expect(future.json().error.details).toMatchObject({ field: "assessedOn", reason: "DATE_IN_FUTURE" });
    const notSubject = await record(manager, householdCase, {
      assessedOn: "2026-01-11",
      items: [{ domain: "work", level: 1, personId: stranger }],
    });
    expect(notSubject.statusCode).toBe(422);
    expect(notSubject.json().error.details).toMatchObject({
      field: "items.0.personId",
      reason: "NOT_A_SUBJECT",
    });
    const twice = await record(manager, householdCase, {
      assessedOn: "2026-01-11",
      items: [
        { domain: "work", level: 1 },
        { domain: "work", level: 2 },
      ],
    });
    expect(twice.statusCode).toBe(400);
  });

  it("shows progress per domain and member over re-assessments, leaving out corrected ones", async () => {
    const first = await record(manager, householdCase, {
      assessedOn: "2026-02-01",
      items: [
        { domain: "italian_language", personId: mother, level: 3 },
        { domain: "children_schooling", personId: son, level: 2 },
        { domain: "health", personId: son, level: 2 },
      ],
    });
    expect(first.statusCode).toBe(201);
    const wrong = await record(housing, householdCase, {
      assessedOn: "2026-05-01",
      items: [{ domain: "italian_language", personId: mother, level: 0 }],
    });
    expect(wrong.statusCode).toBe(201);
    // Only someone who sees every domain may correct; the housing advisor records a new assessment instead.
    const refused = await record(housing, householdCase, {
      assessedOn: "2026-05-01",
      correctsId: wrong.json().id,
      items: [{ domain: "italian_language", personId: mother, level: 2 }],
    });
    expect(refused.json().error.details).toMatchObject({ reason: "CORRECTION_NOT_ALLOWED" });
    const corrected = await record(manager, householdCase, {
      assessedOn: "2026-05-01",
      correctsId: wrong.json().id,
      items: [
        { domain: "italian_language", personId: mother, level: 2 },
        { domain: "health", personId: son, level: 1 },
      ],
    });
    expect(corrected.statusCode).toBe(201);
    expect(corrected.json().correctsId).toBe(wrong.json().id);
    const again = await record(manager, householdCase, {
      assessedOn: "2026-05-01",
      correctsId: wrong.json().id,
      items: [{ domain: "italian_language", personId: mother, level: 1 }],
    });
    expect(again.json().error.details).toMatchObject({
      reason: "ALREADY_SUPERSEDED",
      supersededById: corrected.json().id,
    });

    const progress = (await manager.request("GET", url(householdCase, "/progress"))).json();
    expect(progress.dates.map((d: { assessedOn: string }) => d.assessedOn)).toEqual([
      "2026-02-01",
      "2026-05-01",
    ]);
    expect(progress.people.map((p: { personId: string }) => p.personId).sort()).toEqual([mother, son].sort());
    const series = (domain: string, personId: string) =>
      progress.series.find(
        (s: { domain: string; personId: string }) => s.domain === domain && s.personId === personId,
      );
    expect(series("italian_language", mother)).toMatchObject({
      points: [
        { assessedOn: "2026-02-01", level: 3 },
        { assessedOn: "2026-05-01", level: 2 },
      ],
      change: -1,
    });
    expect(series("health", son)).toMatchObject({ specialCategory: true, change: -1 });
    const housingDomain = progress.domains.find((d: { code: string }) => d.code === "housing");
    expect(Object.keys(housingDomain.levels)).toEqual(["0", "1", "2", "3"]);

    const limited = (await housing.request("GET", url(householdCase, "/progress"))).json();
    expect(limited.series.map((s: { domain: string }) => s.domain)).not.toContain("health");
    expect(limited.domains.map((d: { code: string }) => d.code)).not.toContain("health");

    const valid = (await manager.request("GET", url(householdCase, "?includeSuperseded=false"))).json();
    expect(valid.items.map((a: { id: string }) => a.id)).not.toContain(wrong.json().id);
    const all = (await manager.request("GET", url(householdCase))).json();
    expect(all.items.find((a: { id: string }) => a.id === wrong.json().id).supersededById).toBe(
      corrected.json().id,
    );
  });

  it("pages the list newest first and replays an idempotent create", async () => {
    const key = `assess-${newId()}`;
    const body = { assessedOn: "2026-06-01", items: [{ domain: "income", level: 1 }] };
    const one = await manager.request("POST", url(personCase), body, { "idempotency-key": key });
    const two = await manager.request("POST", url(personCase), body, { "idempotency-key": key });
    expect(two.headers["idempotent-replayed"]).toBe("true");
    expect(two.json().id).toBe(one.json().id);
    const page1 = (await manager.request("GET", url(personCase, "?limit=1"))).json();
    expect(page1.items[0].assessedOn).toBe("2026-06-01");
    expect(page1.nextCursor).toBeTruthy();
    const page2 = (
      await manager.request("GET", url(personCase, `?limit=1&cursor=${page1.nextCursor}`))
    ).json();
    expect(page2.items[0].assessedOn).toBe("2026-01-10");
  });

  it("validates domains against the network's catalogue, inactive entries included for history only", async () => {
    const orgC = (await buildOrganization(t.deps.database)).id;
    const c = await buildUser(t.deps.database, { organizationId: orgC, roles: ["case_manager"] });
    const cm = await signIn(t.app, c.username, c.password, c.totpSecret);
    const networkId = newId();
    await inTransaction(t.deps.database, systemActor, noMeta, async ({ tx }) => {
      await tx.insert(networks).values({ id: networkId, name: `Rete ${networkId}` });
      await tx.insert(networkOrganizations).values({ networkId, organizationId: orgC });
      await tx.insert(catalogEntries).values([
        {
          id: newId(),
          networkId,
          kind: "assessment_domain",
          code: "digital_skills",
          labels: { it: "Competenze digitali", en: "Digital skills" },
          levels: { "0": { it: "Autonomo" }, "3": { it: "Nessuna competenza" } },
          sortOrder: 5,
        },
        {
          id: newId(),
          networkId,
          kind: "assessment_domain",
          code: "old_domain",
          labels: { it: "Vecchio dominio" },
          active: false,
        },
      ]);
    });
    const person = (await buildPerson(t.deps.database, { organizationId: orgC })).id;
    const kase = (
      await buildCase(t.deps.database, {
        organizationId: orgC,
        personId: person,
        caseManagerId: c.id,
        team: [{ userId: c.id, teamRole: "case_manager", organizationId: orgC }],
      })
    ).id;
    const ok = await record(cm, kase, {
      assessedOn: "2026-03-01",
      items: [{ domain: "digital_skills", level: 3 }],
    });
    expect(ok.statusCode).toBe(201);
    const inactive = await record(cm, kase, {
      assessedOn: "2026-03-01",
      items: [{ domain: "old_domain", level: 1 }],
    });
    expect(inactive.json().error.details).toMatchObject({ reason: "INACTIVE_DOMAIN" });
    const progress = (await cm.request("GET", url(kase, "/progress"))).json();
    const digital = progress.domains.find((d: { code: string }) => d.code === "digital_skills");
    expect(digital).toMatchObject({
      labels: { it: "Competenze digitali" },
      levels: { "0": { it: "Autonomo" } },
    });
    expect(progress.domains.map((d: { code: string }) => d.code)).not.toContain("old_domain");
    // The other organisation's network entries are not offered to orgA's cases.
    const elsewhere = await record(manager, personCase, {
      assessedOn: "2026-03-01",
      items: [{ domain: "digital_skills", level: 1 }],
    });
    expect(elsewhere.json().error.details).toMatchObject({ reason: "UNKNOWN_DOMAIN" });
  });

  it("adds nothing to a closed case", async () => {
    const closed = await buildCase(t.deps.database, {
      organizationId: orgA,
      personId: mother,
      state: "closed",
      team: [{ userId: managerId, teamRole: "case_manager", organizationId: orgA }],
    });
    const res = await record(manager, closed.id, {
      assessedOn: "2026-01-10",
      items: [{ domain: "work", level: 1 }],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details).toMatchObject({ reason: "CASE_CLOSED" });
    expect((await manager.request("GET", url(closed.id))).statusCode).toBe(200);
  });
});
