import { and, eq } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Actor, systemActor } from "../../platform/authz/actor.ts";
import { newId } from "../../platform/db/ids.ts";
import { attachments, auditEvents, consents, personAccess } from "../../platform/db/schema.ts";
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
import { todayInItaly } from "./consents.rules.ts";
import { moveConsents, restoreConsents } from "./use-cases/move-person-consents.ts";

let db: TestDatabase;
let t: TestApp;
let orgA: string;
let orgB: string;
let asl: { id: string; name: string };
let userA: BuiltUser;
let operatorA: Agent;
let operatorB: Agent;
let dpo: Agent;

const today = todayInItaly();
const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.database);
  orgA = (await buildOrganization(t.deps.database)).id;
  orgB = (await buildOrganization(t.deps.database)).id;
  asl = await buildOrganization(t.deps.database, { type: "health_authority" });
  userA = await buildUser(t.deps.database, { organizationId: orgA, roles: ["operator"] });
  operatorA = await signIn(t.app, userA.username, userA.password);
  const b = await buildUser(t.deps.database, { organizationId: orgB, roles: ["operator"] });
  operatorB = await signIn(t.app, b.username, b.password);
  const d = await buildUser(t.deps.database, { organizationId: orgA, roles: ["dpo"] });
  dpo = await signIn(t.app, d.username, d.password, d.totpSecret);
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

/** A person of `organizationId`, registered through the people module's factory. */
async function person(organizationId: string): Promise<string> {
  return (await buildPerson(t.deps.database, { organizationId, givenName: "Fatou", familyName: "Diallo" }))
    .id;
}

const url = (personId: string) => `/api/v1/people/${personId}/consents`;

function consentBody(overrides: Record<string, unknown> = {}) {
  return {
    purpose: "referral",
    organizationIds: [asl.id],
    givenOn: "2025-01-10",
    explainedInLanguage: "WOL",
    ...overrides,
  };
}

async function record(personId: string, overrides: Record<string, unknown> = {}) {
  const res = await operatorA.request("POST", url(personId), consentBody(overrides));
  expect(res.statusCode).toBe(201);
  return res.json();
}

async function auditOf(entityType: string, entityId: string) {
  return t.deps.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    .orderBy(auditEvents.seq);
}

describe(`consents (${testEngine})`, () => {
  it("records a consent, active from the day given, and audits it without personal data", async () => {
    const p = await person(orgA);
    const id = uuidv7();
    const res = await operatorA.request(
      "POST",
      url(p),
      consentBody({
        id,
        organizationIds: [asl.id, asl.id, orgB],
        dataCategories: ["identity", "health", "identity"],
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      id,
      personId: p,
      purpose: "referral",
      organizationIds: [asl.id, orgB],
      dataCategories: ["identity", "health"],
      givenOn: "2025-01-10",
      explainedInLanguage: "wol",
      documentId: null,
      withdrawnOn: null,
      active: true,
      recordedBy: userA.id,
      version: 1,
    });
    const [event] = await auditOf("consent", id);
    expect(event).toMatchObject({ action: "consent.recorded", organizationId: orgA, actorUserId: userA.id });
    expect(event?.details).toEqual({
      personId: p,
      purpose: "referral",
      organizationCount: 2,
      categoryCount: 2,
      withDocument: false,
    });
    expect(JSON.stringify(event)).not.toContain("Diallo");
  });

  it("refuses a date in the future, unknown organisations, a bad language code and an unknown purpose", async () => {
    const p = await person(orgA);
    const future = await operatorA.request("POST", url(p), consentBody({ givenOn: tomorrow }));
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details.issues[0].path).toBe("body.givenOn");
    const unknown = await operatorA.request(
      "POST",
      url(p),
      consentBody({ organizationIds: [asl.id, uuidv7()] }),
    );
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.details.issues[0].path).toBe("body.organizationIds");
    const language = await operatorA.request("POST", url(p), consentBody({ explainedInLanguage: "fr" }));
    expect(language.statusCode).toBe(400);
    const purpose = await operatorA.request("POST", url(p), consentBody({ purpose: "marketing" }));
    expect(purpose.statusCode).toBe(400);
    const category = await operatorA.request("POST", url(p), consentBody({ dataCategories: ["religion"] }));
    expect(category.statusCode).toBe(400);
    expect((await operatorA.request("GET", url(p))).json().items).toEqual([]);
  });

  it("links the signed form when it is an attachment of the person, and refuses any other", async () => {
    const p = await person(orgA);
    const other = await person(orgA);
    const attachment = async (personId: string | null) => {
      const id = newId();
      await inTransaction(t.deps.database, systemActor, noMeta, ({ tx }) =>
        tx.insert(attachments).values({
          id,
          organizationId: orgA,
          personId,
          kind: "signed_consent",
          retentionClass: "case_record",
          fileName: "consenso.pdf",
          contentType: "application/pdf",
          sizeBytes: 1000,
          sha256: "0".repeat(64),
          storageKey: `k/${id}`,
          wrappedKey: "w",
        }),
      );
      return id;
    };
    const own = await attachment(p);
    expect((await record(p, { documentId: own })).documentId).toBe(own);
    const ofOther = await operatorA.request(
      "POST",
      url(p),
      consentBody({ documentId: await attachment(other) }),
    );
    expect(ofOther.statusCode).toBe(422);
    expect(ofOther.json().error.details.issues[0].path).toBe("body.documentId");
    const missing = await operatorA.request("POST", url(p), consentBody({ documentId: uuidv7() }));
    expect(missing.statusCode).toBe(422);
  });

  it("lists consents newest first with whether each is in force, and audits the read", async () => {
    const p = await person(orgA);
    const older = await record(p, { givenOn: "2024-02-01", purpose: "case_management" });
    const newer = await record(p, { givenOn: "2025-03-01" });
    await operatorA.request("POST", `${url(p)}/${older.id}/withdraw`, { withdrawnOn: "2024-12-31" });
    const res = await operatorA.request("GET", url(p));
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((c: { id: string; active: boolean }) => [c.id, c.active])).toEqual([
      [newer.id, true],
      [older.id, false],
    ]);
    const events = (await auditOf("person", p)).filter((e) => e.action === "consent.listed");
    expect(events.map((e) => e.details)).toEqual([{ count: 2 }]);
    expect(events[0]?.organizationId).toBe(orgA);
  });

  it("withdraws a consent once, keeping the row, and refuses a second withdrawal with 409", async () => {
    const p = await person(orgA);
    const c = await record(p, { givenOn: "2025-01-10" });
    const path = `${url(p)}/${c.id}/withdraw`;
    const early = await operatorA.request("POST", path, { withdrawnOn: "2025-01-09" });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details.issues[0].path).toBe("body.withdrawnOn");
    expect((await operatorA.request("POST", path, { withdrawnOn: tomorrow })).statusCode).toBe(400);

    const res = await operatorA.request("POST", path, { withdrawnOn: today, note: "Ritirato al colloquio" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      withdrawnOn: today,
      withdrawalNote: "Ritirato al colloquio",
      active: false,
      version: 2,
      givenOn: "2025-01-10",
    });
    const again = await operatorA.request("POST", path, { withdrawnOn: today });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("CONSENT_ALREADY_WITHDRAWN");
    const rows = await t.deps.database.db.select().from(consents).where(eq(consents.personId, p));
    expect(rows).toHaveLength(1);
    const events = await auditOf("consent", c.id);
    expect(events.map((e) => e.action)).toEqual(["consent.recorded", "consent.withdrawn"]);
    expect(JSON.stringify(events)).not.toContain("colloquio");
    const elsewhere = await operatorA.request("POST", `${url(await person(orgA))}/${c.id}/withdraw`, {
      withdrawnOn: today,
    });
    expect(elsewhere.statusCode).toBe(404);
  });

  it("summarises what is allowed today, per purpose and organisation", async () => {
    const p = await person(orgA);
    const plain = await record(p, { organizationIds: [asl.id, orgB] });
    const health = await record(p, { organizationIds: [asl.id], dataCategories: ["health"] });
    const gone = await record(p, { purpose: "research", organizationIds: [orgB] });
    await operatorA.request("POST", `${url(p)}/${gone.id}/withdraw`, { withdrawnOn: "2025-02-01" });
    const res = await operatorA.request("GET", `${url(p)}/summary`);
    expect(res.statusCode).toBe(200);
    const summary = res.json();
    expect(summary).toMatchObject({ personId: p, controllerOrganizationId: orgA, on: today });
    const referral = summary.purposes.find((x: { purpose: string }) => x.purpose === "referral");
    expect(referral.organizations).toEqual([
      {
        organizationId: asl.id,
        name: asl.name,
        dataCategories: ["identity", "contacts", "social", "housing", "work", "education", "legal", "health"],
        consentIds: [health.id, plain.id],
      },
      expect.objectContaining({ organizationId: orgB, consentIds: [plain.id] }),
    ]);
    const research = summary.purposes.find((x: { purpose: string }) => x.purpose === "research");
    expect(research.organizations).toEqual([]);
  });

  it("answers 404 for a person the organisation cannot see, for the DPO, and lets a granted organisation in", async () => {
    const p = await person(orgA);
    const c = await record(p);
    for (const agent of [operatorB, dpo]) {
      expect((await agent.request("GET", url(p))).statusCode).toBe(404);
      expect((await agent.request("GET", `${url(p)}/summary`)).statusCode).toBe(404);
      expect((await agent.request("POST", url(p), consentBody())).statusCode).toBe(404);
      const withdraw = await agent.request("POST", `${url(p)}/${c.id}/withdraw`, { withdrawnOn: today });
      expect(withdraw.statusCode).toBe(404);
    }
    expect((await operatorA.request("GET", url(uuidv7()))).statusCode).toBe(404);
    await inTransaction(t.deps.database, systemActor, noMeta, ({ tx }) =>
      tx.insert(personAccess).values({ personId: p, organizationId: orgB, reason: "case_team" }),
    );
    const shared = await operatorB.request("GET", url(p));
    expect(shared.statusCode).toBe(200);
    expect(shared.json().items.map((x: { id: string }) => x.id)).toEqual([c.id]);
  });

  it("follows a merge and its undo made through the people API", async () => {
    const c = await buildUser(t.deps.database, { organizationId: orgA, roles: ["org_coordinator"] });
    const coordinator = await signIn(t.app, c.username, c.password);
    const duplicate = await person(orgA);
    const survivor = await person(orgA);
    const consent = await record(duplicate, { organizationIds: [orgB] });
    const merged = await coordinator.request("POST", `/api/v1/people/${survivor}/merge`, {
      duplicateId: duplicate,
    });
    expect(merged.statusCode).toBe(201);
    const list = (await operatorA.request("GET", url(survivor))).json();
    expect(list.items.map((x: { id: string }) => x.id)).toEqual([consent.id]);
    const summary = (await operatorA.request("GET", `${url(survivor)}/summary`)).json();
    const referral = summary.purposes.find((x: { purpose: string }) => x.purpose === "referral");
    expect(referral.organizations.map((o: { organizationId: string }) => o.organizationId)).toEqual([orgB]);
    const undo = await coordinator.request("POST", `/api/v1/people/merges/${merged.json().id}/undo`);
    expect(undo.statusCode).toBe(200);
    expect((await operatorA.request("GET", url(survivor))).json().items).toEqual([]);
    expect(
      (await operatorA.request("GET", url(duplicate))).json().items.map((x: { id: string }) => x.id),
    ).toEqual([consent.id]);
  });

  it("moves a duplicate's consents to the survivor on merge and exactly those back on undo", async () => {
    const duplicate = await person(orgA);
    const survivor = await person(orgA);
    const a = await record(duplicate);
    const b = await record(duplicate, { purpose: "data_sharing" });
    const own = await record(survivor);
    const actor: Actor = { kind: "user", userId: userA.id, organizationId: orgA, roles: ["operator"] };
    const moved = await inTransaction(t.deps.database, actor, noMeta, ({ tx }) =>
      moveConsents(tx, duplicate, survivor),
    );
    expect([...moved].sort()).toEqual([a.id, b.id].sort());
    const ids = async (personId: string) =>
      (await operatorA.request("GET", url(personId)))
        .json()
        .items.map((x: { id: string }) => x.id)
        .sort();
    expect(await ids(survivor)).toEqual([a.id, b.id, own.id].sort());
    expect(await ids(duplicate)).toEqual([]);
    await inTransaction(t.deps.database, actor, noMeta, ({ tx }) =>
      restoreConsents(tx, duplicate, survivor, moved),
    );
    expect(await ids(duplicate)).toEqual([a.id, b.id].sort());
    expect(await ids(survivor)).toEqual([own.id]);
  });
});
