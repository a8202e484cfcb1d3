import { and, eq } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, cases } from "../../platform/db/schema.ts";
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
import { buildCaseFixture, buildPlanAction } from "./case-fixture.testing.ts";
import { todayInItaly } from "./services.rules.ts";

let db: TestDatabase;
let t: TestApp;
let orgA: string;
let orgB: string;
let users: Record<string, BuiltUser>;
let agents: Record<string, Agent>;
let mother: string;
let son: string;
let stranger: string;
let householdCase: string;
let otherCase: string;

const today = todayInItaly();

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.database);
  const database = t.deps.database;
  orgA = (await buildOrganization(database)).id;
  orgB = (await buildOrganization(database)).id;
  const spec = {
    operator: [orgA, "operator"],
    colleague: [orgA, "operator"],
    manager: [orgA, "case_manager"],
    mediator: [orgA, "cultural_mediator"],
    psychologist: [orgA, "psychologist"],
    coordinator: [orgA, "org_coordinator"],
    admin: [orgA, "admin"],
    partner: [orgB, "job_advisor"],
    outsider: [orgB, "operator"],
  } as const;
  users = {};
  agents = {};
  for (const [name, [organizationId, role]] of Object.entries(spec)) {
    const u = await buildUser(database, { organizationId, roles: [role] });
    users[name] = u;
    agents[name] = await signIn(t.app, u.username, u.password, u.totpSecret);
  }
  mother = (await buildPerson(database, { organizationId: orgA, givenName: "Amina" })).id;
  son = (await buildPerson(database, { organizationId: orgA, givenName: "Youssef" })).id;
  stranger = (await buildPerson(database, { organizationId: orgA, givenName: "Other" })).id;
  const u = (n: string) => users[n] as BuiltUser;
  householdCase = (
    await buildCaseFixture(database, {
      organizationId: orgA,
      householdPersonIds: [mother, son],
      caseManagerId: u("manager").id,
      team: [
        { userId: u("manager").id, teamRole: "case_manager", organizationId: orgA },
        { userId: u("mediator").id, teamRole: "cultural_mediator", organizationId: orgA },
        { userId: u("psychologist").id, teamRole: "psychologist", organizationId: orgA },
        { userId: u("partner").id, teamRole: "job_advisor", organizationId: orgB },
      ],
    })
  ).id;
  otherCase = (await buildCaseFixture(database, { organizationId: orgA, personId: stranger })).id;
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

const agent = (name: string) => agents[name] as Agent;
const url = (caseId = householdCase) => `/api/v1/cases/${caseId}/services`;

async function record(who: string, body: Record<string, unknown>, caseId = householdCase) {
  return agent(who).request("POST", url(caseId), { deliveredOn: today, ...body });
}

describe(`services delivered (${testEngine})`, () => {
  it("records a service for the case's subject persons by default, with the type's default duration and labels", async () => {
    const res = await record("operator", {
      serviceType: "orientation",
      language: "ARA",
      notes: "Primo colloquio",
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      caseId: householdCase,
      organizationId: orgA,
      serviceType: "orientation",
      serviceTypeLabels: { it: "Orientamento ai servizi", en: "Orientation to services" },
      deliveredOn: today,
      durationMinutes: 30,
      operatorId: users.operator?.id,
      language: "ara",
      voidedAt: null,
      correctsId: null,
      createdBy: users.operator?.id,
    });
    expect(body.people.map((p: { personId: string }) => p.personId).sort()).toEqual([mother, son].sort());
    expect(body.people[0].givenName).toBeTruthy();
    const [kase] = await t.deps.database.db.select().from(cases).where(eq(cases.id, householdCase));
    expect(kase?.lastActivityAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    const audit = await t.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "service_record.created"), eq(auditEvents.entityId, householdCase)));
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit[0]?.details)).not.toContain("Primo colloquio");
  });

  it("accepts a client id, one or several members, and replays an Idempotency-Key", async () => {
    const id = uuidv7();
    const headers = { "idempotency-key": `svc-${id}` };
    const body = {
      id,
      serviceType: "cultural_mediation",
      deliveredOn: "2026-01-15",
      personIds: [son],
      durationMinutes: 45,
    };
    const first = await agent("mediator").request("POST", url(), body, headers);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ id, durationMinutes: 45, people: [{ personId: son }] });
    const again = await agent("mediator").request("POST", url(), body, headers);
    expect(again.statusCode).toBe(201);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.json().id).toBe(id);
  });

  it("refuses unknown or inactive types, persons outside the case, future dates and other cases' plan actions", async () => {
    const unknown = await record("operator", { serviceType: "teleportation" });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.code).toBe("CATALOGUE_CODE_UNKNOWN");
    const outside = await record("operator", { serviceType: "orientation", personIds: [mother, stranger] });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error).toMatchObject({
      code: "PERSON_NOT_IN_CASE",
      details: { personIds: [stranger] },
    });
    const future = await record("operator", { serviceType: "orientation", deliveredOn: "2999-01-01" });
    expect(future.statusCode).toBe(400);
    const foreignAction = await buildPlanAction(t.deps.database, otherCase);
    const wrongAction = await record("operator", {
      serviceType: "housing_placement",
      planActionId: foreignAction,
    });
    expect(wrongAction.statusCode).toBe(422);
    expect(wrongAction.json().error.code).toBe("PLAN_ACTION_NOT_IN_CASE");
    const action = await buildPlanAction(t.deps.database, householdCase);
    const linked = await record("operator", {
      serviceType: "housing_placement",
      planActionId: action,
      deliveredOn: "2026-01-10",
    });
    expect(linked.statusCode).toBe(201);
    expect(linked.json().planActionId).toBe(action);
    const badOperator = await record("operator", { serviceType: "orientation", operatorId: uuidv7() });
    expect(badOperator.statusCode).toBe(422);
  });

  it("lets a partner on the team record and read, and hides the case from everyone else", async () => {
    const partner = await record("partner", { serviceType: "job_orientation", deliveredOn: "2026-01-12" });
    expect(partner.statusCode).toBe(201);
    expect(partner.json()).toMatchObject({ organizationId: orgB, operatorId: users.partner?.id });
    expect((await agent("partner").request("GET", url())).statusCode).toBe(200);
    for (const who of ["outsider", "admin"]) {
      expect((await agent(who).request("GET", url())).statusCode).toBe(404);
      expect((await record(who, { serviceType: "orientation" })).statusCode).toBe(404);
    }
  });

  it("keeps special-category service types to special-category roles on the team", async () => {
    const refused = await record("mediator", { serviceType: "psychological_support" });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details).toMatchObject({ reason: "special_category" });
    const ok = await record("psychologist", { serviceType: "psychological_support" });
    expect(ok.statusCode).toBe(201);
    // The organisation's coordinator may void its records, but not one of a type they may not see.
    const hidden = await agent("coordinator").request("POST", `${url()}/${ok.json().id}/void`, {
      reason: "x",
    });
    expect(hidden.statusCode).toBe(404);
    const seen = (who: string) =>
      agent(who)
        .request("GET", `${url()}?limit=200`)
        .then((r) => r.json().items.map((i: { serviceType: string }) => i.serviceType));
    expect(await seen("psychologist")).toContain("psychological_support");
    expect(await seen("manager")).toContain("psychological_support");
    expect(await seen("mediator")).not.toContain("psychological_support");
    expect(await seen("partner")).not.toContain("psychological_support");
    expect(await seen("operator")).not.toContain("psychological_support");
  });

  it("lists newest first with keyset pages", async () => {
    const all = (await agent("manager").request("GET", `${url()}?limit=200`)).json().items as {
      id: string;
      deliveredOn: string;
    }[];
    const sorted = [...all].sort((a, b) =>
      a.deliveredOn === b.deliveredOn ? (a.id < b.id ? 1 : -1) : a.deliveredOn < b.deliveredOn ? 1 : -1,
    );
    expect(all.map((i) => i.id)).toEqual(sorted.map((i) => i.id));
    const first = (await agent("manager").request("GET", `${url()}?limit=2`)).json();
    expect(first.items).toHaveLength(2);
    const second = (
      await agent("manager").request("GET", `${url()}?limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items[0].id).toBe(all[2]?.id);
    expect((await agent("manager").request("GET", `${url()}?cursor=nonsense`)).statusCode).toBe(400);
  });

  it("voids with a reason (author, case manager or coordinator only) and corrects by a new record", async () => {
    const created = (
      await record("operator", { serviceType: "legal_advice", deliveredOn: "2026-01-05" })
    ).json();
    const voidUrl = `${url()}/${created.id}/void`;
    expect((await agent("colleague").request("POST", voidUrl, { reason: "errore" })).statusCode).toBe(404);
    expect((await agent("partner").request("POST", voidUrl, { reason: "errore" })).statusCode).toBe(404);
    const voided = await agent("operator").request("POST", voidUrl, { reason: "Registrato per errore" });
    expect(voided.statusCode).toBe(200);
    expect(voided.json()).toMatchObject({
      id: created.id,
      voidedBy: users.operator?.id,
      voidReason: "Registrato per errore",
    });
    expect(voided.json().voidedAt).not.toBeNull();
    const twice = await agent("manager").request("POST", voidUrl, { reason: "ancora" });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe("SERVICE_ALREADY_VOIDED");

    const wrong = (
      await record("operator", {
        serviceType: "legal_advice",
        deliveredOn: "2026-01-06",
        durationMinutes: 30,
      })
    ).json();
    const fixed = await record("coordinator", {
      serviceType: "legal_advice",
      deliveredOn: "2026-01-06",
      durationMinutes: 90,
      correctsId: wrong.id,
      correctionReason: "Durata sbagliata",
    });
    expect(fixed.statusCode).toBe(201);
    expect(fixed.json()).toMatchObject({ correctsId: wrong.id, durationMinutes: 90 });
    const items = (await agent("manager").request("GET", `${url()}?limit=200`)).json().items as {
      id: string;
      voidReason: string | null;
    }[];
    expect(items.find((i) => i.id === wrong.id)?.voidReason).toBe("Durata sbagliata");
    const again = await record("coordinator", { serviceType: "legal_advice", correctsId: wrong.id });
    expect(again.statusCode).toBe(409);
  });

  it("answers the organisation's register with filters, only its own records", async () => {
    const register = async (who: string, query = "") => {
      const res = await agent(who).request("GET", `/api/v1/services${query}`);
      expect(res.statusCode).toBe(200);
      return res.json().items as {
        organizationId: string;
        deliveredOn: string;
        serviceType: string;
        people: { personId: string }[];
      }[];
    };
    const mine = await register("operator", "?limit=200");
    expect(mine.length).toBeGreaterThan(3);
    expect(mine.every((i) => i.organizationId === orgA)).toBe(true);
    expect(mine.map((i) => i.serviceType)).not.toContain("psychological_support");
    expect((await register("psychologist", "?limit=200")).map((i) => i.serviceType)).toContain(
      "psychological_support",
    );
    const sonOnly = await register("operator", `?personId=${son}&limit=200`);
    expect(sonOnly.every((i) => i.people.some((p) => p.personId === son))).toBe(true);
    expect(sonOnly.map((i) => i.serviceType)).toContain("cultural_mediation");
    const january = await register("operator", "?from=2026-01-06&to=2026-01-15&limit=200");
    expect(january.length).toBeGreaterThan(0);
    expect(january.every((i) => i.deliveredOn >= "2026-01-06" && i.deliveredOn <= "2026-01-15")).toBe(true);
    const legal = await register("operator", "?serviceType=legal_advice");
    expect(legal.every((i) => i.serviceType === "legal_advice")).toBe(true);
    const partner = await register("partner", "?limit=200");
    expect(partner.map((i) => i.serviceType)).toEqual(["job_orientation"]);
    expect((await agent("admin").request("GET", "/api/v1/services")).statusCode).toBe(404);
  });
});
