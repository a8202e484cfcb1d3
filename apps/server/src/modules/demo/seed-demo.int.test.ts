import { and, eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../../platform/audit/audit.repository.ts";
import type { Actor } from "../../platform/authz/actor.ts";
import type { Role } from "../../platform/authz/roles.ts";
import {
  assessmentItems,
  caseNotes,
  cases,
  organizations,
  people,
  projects,
  projectTargets,
  reminders,
  servicePoints,
  userRoles,
  users,
} from "../../platform/db/schema.ts";
import { inTransaction, noMeta } from "../../platform/db/transaction.ts";
import {
  type Agent,
  createTestApp,
  createTestDatabase,
  signIn,
  type TestApp,
  type TestDatabase,
  testEngine,
} from "../../testing/index.ts";
import { demoCases } from "./demo-cases.ts";
import { demoDuplicatePairs, demoPeople } from "./demo-people.ts";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoUsers } from "./demo-users.ts";
import { seedDemoIfEmpty } from "./seed-demo.ts";

let db: TestDatabase;
let t: TestApp;
let seedMs = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.database, { config: { demoMode: true } });
  const started = performance.now();
  expect(await seedDemoIfEmpty(t.deps)).toBe(true);
  seedMs = performance.now() - started;
});
afterAll(async () => {
  await t.close();
  await db.drop();
});

describe(`demo network (${testEngine})`, () => {
  it("loads only once: a second call on a non-empty database does nothing", async () => {
    expect(await seedDemoIfEmpty(t.deps)).toBe(false);
  });

  it("holds the seed networks' organisations, projects and the Palermo target of 200 beneficiaries", async () => {
    const d = t.deps.database.db;
    const [palermo] = await d.select().from(organizations).where(eq(organizations.name, "Comune di Palermo"));
    expect(palermo?.istatCode).toBe("082053");
    const codes = (await d.select({ title: projects.title }).from(projects)).map((p) => p.title).join(" | ");
    for (const name of ["INTARSI", "BE.COM-ER", "S.IN.TE.SI", "InterAzioni", "LgNet"])
      expect(codes).toContain(name);
    const [target] = await d
      .select()
      .from(projectTargets)
      .where(and(eq(projectTargets.istatCode, "082053"), eq(projectTargets.indicator, "beneficiaries")));
    expect(target?.value).toBe(200);
    const points = await d
      .select()
      .from(servicePoints)
      .where(eq(servicePoints.organizationId, palermo?.id ?? ""));
    expect(points.map((p) => p.type)).toEqual(expect.arrayContaining(["one_stop_shop", "mobile_unit"]));
  });

  it("creates one demo user per role, each able to sign in with the documented password (and TOTP secret)", async () => {
    const roles = new Set(demoUsers.flatMap((u) => u.roles));
    expect(roles.size).toBe(14);
    const [{ n } = { n: 0 }] = await t.deps.database.db.select({ n: sql<number>`count(*)::int` }).from(users);
    expect(n).toBe(demoUsers.length);
    for (const username of ["admin", "operatore.palermo", "coordinatore.palermo", "regia"]) {
      const agent = await signIn(t.app, username, DEMO_PASSWORD, DEMO_TOTP_SECRET);
      const me = (await agent.request("GET", "/api/v1/me")).json();
      expect(me.user.username).toBe(username);
      expect(me.demoMode).toBe(true);
    }
  });

  it("records the seeding in an intact audit chain", async () => {
    const result = await verifyAuditChain(t.deps.database.db);
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThan(0);
  });
});

interface Summary {
  id: string;
  organizationId: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  birthYear: number | null;
  citizenship: string | null;
}

async function listPeople(agent: Agent, query = ""): Promise<Summary[]> {
  const res = await agent.request("GET", `/api/v1/people?limit=200${query}`);
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

function idByName(list: Summary[], givenName: string, familyName: string): string {
  const found = list.find((p) => p.givenName === givenName && p.familyName === familyName);
  if (!found) throw new Error(`${givenName} ${familyName} is not in the list`);
  return found.id;
}

describe(`demo people and households (${testEngine})`, () => {
  let palermoId: string;
  let operator: Agent;
  let caseManager: Agent;
  let palermoPeople: Summary[];

  beforeAll(async () => {
    const [palermo] = await t.deps.database.db
      .select()
      .from(organizations)
      .where(eq(organizations.name, "Comune di Palermo"));
    palermoId = palermo?.id ?? "";
    operator = await signIn(t.app, "operatore.palermo", DEMO_PASSWORD);
    caseManager = await signIn(t.app, "assistente.palermo", DEMO_PASSWORD, DEMO_TOTP_SECRET);
    palermoPeople = await listPeople(operator);
  });

  it(`registers about 60 fictional people, 40 of them by the Comune di Palermo, quickly (${testEngine})`, async () => {
    const rows = await t.deps.database.db.select({ organizationId: people.organizationId }).from(people);
    expect(rows).toHaveLength(Object.values(demoPeople).flat().length);
    expect(rows.filter((r) => r.organizationId === palermoId)).toHaveLength(
      demoPeople["comune-palermo"].length,
    );
    expect(demoPeople["comune-palermo"]).toHaveLength(40);
    // the whole seeding (network, users with their password hash, people) in one transaction
    console.info(`demo seeded in ${Math.round(seedMs)} ms on ${testEngine}`);
  });

  it("shows Palermo's operator Palermo's people, and not those of the other cities", async () => {
    expect(palermoPeople).toHaveLength(40);
    expect(palermoPeople.every((p) => p.organizationId === palermoId)).toBe(true);
    const names = palermoPeople.map((p) => `${p.givenName} ${p.familyName}`);
    expect(names).toEqual(expect.arrayContaining(["Kamel Sassi", "Senait Tesfay", "Oksana Melnychuk"]));
    expect(names).not.toContain("Harpreet Singh"); // Comune di Latina
    expect(names).not.toContain("Joy Osagie"); // Unione dei Comuni Valle del Savio
    // about 40% are known by their birth year only
    const yearOnly = palermoPeople.filter((p) => p.birthDate === null && p.birthYear !== null).length;
    expect(yearOnly / palermoPeople.length).toBeGreaterThan(0.3);
    expect(yearOnly / palermoPeople.length).toBeLessThan(0.5);
    // a name in its original script finds the person
    const arabic = await listPeople(operator, `&q=${encodeURIComponent("ساسي")}`);
    expect(arabic.map((p) => p.familyName)).toContain("Sassi");

    const capofila = await signIn(t.app, "capofila.intarsi", DEMO_PASSWORD);
    const intarsi = await listPeople(capofila);
    expect(intarsi).toHaveLength(10);
    expect(intarsi.map((p) => p.givenName)).toContain("Joy");
    expect(intarsi.map((p) => p.givenName)).not.toContain("Kamel");
  });

  it("has permits expiring within 60 days, for the filter and the reminders", async () => {
    const expiring = await listPeople(operator, "&permitExpiringWithinDays=60");
    expect(expiring.length).toBeGreaterThanOrEqual(3);
    expect(expiring.length).toBeLessThan(palermoPeople.length);
  });

  it("shows a special-category vulnerability to the case manager, not to the operator", async () => {
    const senait = idByName(palermoPeople, "Senait", "Tesfay");
    const asOperator = (await operator.request("GET", `/api/v1/people/${senait}`)).json();
    const asCaseManager = (await caseManager.request("GET", `/api/v1/people/${senait}`)).json();
    const codes = (p: { vulnerabilities: { code: string }[] }) => p.vulnerabilities.map((v) => v.code);
    expect(codes(asOperator)).toEqual(["single_parent_with_minors"]);
    expect(codes(asCaseManager)).toEqual(
      expect.arrayContaining(["single_parent_with_minors", "torture_or_violence_survivor"]),
    );
    expect(asCaseManager.names.map((n: { script: string }) => n.script)).toContain("Ethi");
    expect(asCaseManager.languages).toContainEqual({ language: "tir", isPrimary: true });
    const filter = "&vulnerability=torture_or_violence_survivor";
    expect(await listPeople(operator, filter)).toHaveLength(0);
    expect((await listPeople(caseManager, filter)).map((p) => p.id)).toEqual([senait]);
  });

  it("finds each planted duplicate through POST /people/matches", async () => {
    const palermoKeys = new Set(demoPeople["comune-palermo"].map((p) => p.key));
    const specs = new Map(demoPeople["comune-palermo"].map((p) => [p.key, p]));
    for (const [firstKey, secondKey] of demoDuplicatePairs) {
      expect(palermoKeys.has(firstKey) && palermoKeys.has(secondKey)).toBe(true);
      const first = specs.get(firstKey);
      const second = specs.get(secondKey);
      if (!first || !second) throw new Error("unknown duplicate");
      const firstId = idByName(palermoPeople, first.givenName, first.familyName);
      const secondId = idByName(palermoPeople, second.givenName, second.familyName);
      const firstRow = palermoPeople.find((p) => p.id === firstId);
      const res = await operator.request("POST", "/api/v1/people/matches", {
        givenName: first.givenName,
        familyName: first.familyName,
        birthYear: firstRow?.birthYear,
        citizenship: first.citizenship,
        excludeId: firstId,
      });
      expect(res.statusCode).toBe(200);
      const [best] = res.json().candidates as { personId: string; score: number }[];
      expect(best?.personId, `${first.givenName} ${first.familyName}`).toBe(secondId);
      expect(best?.score).toBeGreaterThanOrEqual(0.85);
    }
  });

  it("groups people in households with members, single parents and a member who moved", async () => {
    const res = await operator.request("GET", "/api/v1/households?limit=200");
    expect(res.statusCode).toBe(200);
    const list = res.json().items as { id: string; label: string; currentMemberCount: number }[];
    expect(list).toHaveLength(8);
    expect(list.every((h) => h.currentMemberCount >= 2)).toBe(true);
    const details = await Promise.all(
      list.map(async (h) => (await operator.request("GET", `/api/v1/households/${h.id}`)).json()),
    );
    const byLabel = new Map(details.map((d) => [d.label as string, d]));
    const sassi = byLabel.get("Nucleo Sassi");
    expect(sassi.members.map((m: { person: { givenName: string } }) => m.person.givenName)).toEqual([
      "Kamel",
      "Salma",
      "Yasmine",
      "Adam",
    ]);
    expect(sassi.history).toHaveLength(1);
    expect(sassi.history[0]).toMatchObject({ leftReason: "moved", person: { givenName: "Youssef" } });
    const youssefNow = byLabel.get("Nucleo Sassi – Dridi");
    expect(youssefNow.members[0]).toMatchObject({ isReference: true, joinedOn: sassi.history[0].leftOn });
    expect(byLabel.get("Nucleo Omoregie")).toMatchObject({ singleParent: true, minorsInCharge: 2 });
    expect(details.filter((d) => d.singleParent)).toHaveLength(3);
    // members joined when they arrived, not on the day the demo was seeded
    expect(sassi.members[0].joinedOn < sassi.members[1].joinedOn).toBe(true);
  });

  it("records consents, one of them withdrawn", async () => {
    const kamel = idByName(palermoPeople, "Kamel", "Sassi");
    const res = await operator.request("GET", `/api/v1/people/${kamel}/consents`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { purpose: string; active: boolean; explainedInLanguage: string }[];
    expect(items.map((c) => [c.purpose, c.active]).sort()).toEqual([
      ["case_management", true],
      ["photo_video", false],
    ]);
  });
});

describe(`demo cases (${testEngine})`, () => {
  async function userActor(username: string): Promise<Actor> {
    const [u] = await t.deps.database.db.select().from(users).where(eq(users.username, username));
    const roles = await t.deps.database.db
      .select()
      .from(userRoles)
      .where(eq(userRoles.userId, u?.id ?? ""));
    return {
      kind: "user",
      userId: u?.id ?? null,
      organizationId: u?.organizationId ?? null,
      roles: roles.map((r) => r.role as Role),
    };
  }

  it("opens about thirty fictional cases in every state, most of them in Palermo", async () => {
    const rows = await t.deps.database.db.select().from(cases);
    expect(rows).toHaveLength(demoCases.length);
    const byState = (s: string) => rows.filter((c) => c.state === s).length;
    expect([
      byState("referred"),
      byState("assessment"),
      byState("active"),
      byState("monitoring"),
      byState("closed"),
    ]).toEqual([4, 5, 10, 3, 9]);
    const [palermo] = await t.deps.database.db
      .select()
      .from(organizations)
      .where(eq(organizations.name, "Comune di Palermo"));
    expect(palermo?.requiresClosureApproval).toBe(true);
    expect(rows.filter((c) => c.organizationId === palermo?.id)).toHaveLength(26);
    const [counts] = await t.deps.database.db
      .select({
        services: sql<number>`(select count(*)::int from service_records)`,
        assessments: sql<number>`(select count(*)::int from assessments)`,
        plans: sql<number>`(select count(*)::int from care_plans)`,
        pending: sql<number>`(select count(*)::int from case_approvals where status = 'pending')`,
      })
      .from(organizations)
      .limit(1);
    expect(counts?.services).toBeGreaterThanOrEqual(200);
    expect(counts?.assessments).toBeGreaterThanOrEqual(60);
    expect(counts?.plans).toBe(rows.filter((c) => c.activeAt !== null).length);
    expect(counts?.pending).toBe(1);
  });

  it("lets the case manager see her cases, and hides special-category items and notes from a mediator on the same team", async () => {
    const manager = await userActor("assistente.palermo");
    const mediator = await userActor("mediatrice.palermo");
    const psychologist = await userActor("psicologa.palermo");
    const visible = await inTransaction(t.deps.database, manager, noMeta, ({ tx }) =>
      tx.select().from(cases),
    );
    expect(visible.length).toBeGreaterThanOrEqual(26);
    const [omoregie] = await t.deps.database.db
      .select()
      .from(cases)
      .where(eq(cases.summary, demoCases.find((c) => c.key === "omoregie")?.summary ?? ""));
    const caseId = omoregie?.id ?? "";
    const itemsAs = (actor: Actor) =>
      inTransaction(t.deps.database, actor, noMeta, ({ tx }) =>
        tx.select().from(assessmentItems).where(eq(assessmentItems.caseId, caseId)),
      );
    const notesAs = (actor: Actor) =>
      inTransaction(t.deps.database, actor, noMeta, ({ tx }) =>
        tx.select().from(caseNotes).where(eq(caseNotes.caseId, caseId)),
      );
    const seenByMediator = await itemsAs(mediator);
    const seenByPsychologist = await itemsAs(psychologist);
    expect(seenByMediator.length).toBeGreaterThan(0);
    expect(seenByMediator.some((i) => i.specialCategory)).toBe(false);
    expect(seenByPsychologist.some((i) => i.specialCategory)).toBe(true);
    expect(seenByPsychologist.length).toBeGreaterThan(seenByMediator.length);
    expect((await notesAs(mediator)).map((n) => n.confidentiality)).toEqual(["team", "team"]);
    expect((await notesAs(psychologist)).map((n) => n.confidentiality)).toContain("special_category");
    expect((await notesAs(manager)).map((n) => n.confidentiality)).toContain("case_manager");
  });

  it("has the worklists alive on first start: the reminders job ran on the demo data", async () => {
    const open = await t.deps.database.db
      .select({ username: users.username, kind: reminders.kind })
      .from(reminders)
      .innerJoin(users, eq(users.id, reminders.userId))
      .where(isNull(reminders.dismissedAt));
    const of = (username: string, kind: string) =>
      open.filter((r) => r.username === username && r.kind === kind).length;
    expect(of("assistente.palermo", "plan_review_due")).toBe(1);
    expect(of("assistente.palermo", "case_inactive")).toBe(2);
    expect(of("coordinatore.palermo", "approval_pending")).toBe(1);
    expect(of("lavoro.palermo", "action_overdue")).toBeGreaterThanOrEqual(1);
    expect(of("abitare.palermo", "action_overdue")).toBeGreaterThanOrEqual(1);
    const caseManager = await signIn(t.app, "assistente.palermo", DEMO_PASSWORD, DEMO_TOTP_SECRET);
    const res = await caseManager.request("GET", "/api/v1/reminders");
    expect(res.statusCode).toBe(200);
    expect(res.json().items.every((r: { caseReference: string | null }) => r.caseReference !== null)).toBe(
      true,
    );
  });
});
