import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/db/schema.ts";
import {
  type Agent,
  type BuiltUser,
  buildOrganization,
  buildUser,
  createTestApp,
  createTestDatabase,
  signIn,
  type TestApp,
  type TestDatabase,
  testEngine,
} from "../../testing/index.ts";

let db: TestDatabase;
let t: TestApp;
let orgA: string;
let adminUser: BuiltUser;
let dpoUser: BuiltUser;
let admin: Agent;
let dpo: Agent;
let operator: Agent;
let coordinator: Agent;

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.database);
  orgA = (await buildOrganization(t.deps.database)).id;
  adminUser = await buildUser(t.deps.database, { organizationId: orgA, roles: ["admin"] });
  admin = await signIn(t.app, adminUser.username, adminUser.password, adminUser.totpSecret);
  dpoUser = await buildUser(t.deps.database, { roles: ["dpo"] });
  dpo = await signIn(t.app, dpoUser.username, dpoUser.password, dpoUser.totpSecret);
  const o = await buildUser(t.deps.database, { organizationId: orgA, roles: ["operator"] });
  operator = await signIn(t.app, o.username, o.password);
  const c = await buildUser(t.deps.database, { organizationId: orgA, roles: ["org_coordinator"] });
  coordinator = await signIn(t.app, c.username, c.password);
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

const base = "/api/v1/audit-events";

interface Item {
  seq: number;
  occurredAt: string;
  action: string;
  entityId: string | null;
  actorUserId: string | null;
  actorUsername: string | null;
  organizationId: string | null;
  details: Record<string, unknown>;
}

/** `times` user.read events about one new user, by `agent`. */
async function readsOfNewUser(agent: Agent, times: number): Promise<string> {
  const u = await buildUser(t.deps.database, { organizationId: orgA });
  for (let i = 0; i < times; i++) {
    expect((await agent.request("GET", `/api/v1/users/${u.id}`)).statusCode).toBe(200);
  }
  return u.id;
}

async function search(agent: Agent, query: string): Promise<{ items: Item[]; nextCursor: string | null }> {
  const res = await agent.request("GET", `${base}?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe(`audit trail search (${testEngine})`, () => {
  it("filters by action and entity and pages newest first without gaps or repeats", async () => {
    const userId = await readsOfNewUser(admin, 5);
    await admin.request("GET", `/api/v1/users?limit=1`);
    const seen: Item[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await search(
        admin,
        `action=user.read&entityId=${userId}&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      pages += 1;
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(5);
    expect(seen.every((e) => e.action === "user.read" && e.entityId === userId)).toBe(true);
    const seqs = seen.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(5);
    expect(seen[0]).toMatchObject({
      actorUserId: adminUser.id,
      actorUsername: adminUser.username,
      organizationId: orgA,
      details: {},
    });
  });

  it("filters by actor, organisation and time window", async () => {
    const before = new Date(Date.now() - 1).toISOString();
    const userId = await readsOfNewUser(admin, 1);
    const mine = await search(admin, `actorUserId=${adminUser.id}&entityId=${userId}`);
    expect(mine.items).toHaveLength(1);
    const dpos = await search(admin, `actorUserId=${dpoUser.id}&entityId=${userId}`);
    expect(dpos.items).toHaveLength(0);
    const inOrg = await search(admin, `organizationId=${orgA}&action=user.read&limit=200`);
    expect(inOrg.items.map((e) => e.entityId)).toContain(userId);
    expect(inOrg.items.every((e) => e.organizationId === orgA)).toBe(true);
    const since = await search(admin, `action=user.read&from=${encodeURIComponent(before)}&limit=200`);
    expect(since.items.map((e) => e.entityId)).toEqual([userId]);
    const until = await search(admin, `action=user.read&to=${encodeURIComponent(before)}&limit=200`);
    expect(until.items.map((e) => e.entityId)).not.toContain(userId);
    expect(until.items.length).toBeGreaterThan(0);
  });

  it("records each search of the trail with the filters used", async () => {
    const userId = await readsOfNewUser(admin, 1);
    await search(dpo, `action=user.read&entityId=${userId}&limit=10`);
    const page = await search(admin, `action=audit.searched&actorUserId=${dpoUser.id}&limit=1`);
    expect(page.items[0]?.details).toEqual({
      filters: { action: "user.read", entityId: userId },
      count: 1,
    });
  });

  it("lets the DPO search and verify, and answers 404 to an operator and a coordinator", async () => {
    const page = await search(dpo, "limit=5");
    expect(page.items.length).toBeGreaterThan(0);
    expect((await dpo.request("GET", `${base}/verify`)).statusCode).toBe(200);
    for (const agent of [operator, coordinator]) {
      expect((await agent.request("GET", base)).statusCode).toBe(404);
      expect((await agent.request("GET", `${base}/verify`)).statusCode).toBe(404);
    }
  });

  it("refuses a cursor that is not one", async () => {
    const res = await admin.request("GET", `${base}?cursor=WyJhIl0`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual({ field: "cursor" });
  });

  // Last: it breaks the chain on purpose.
  it("verifies the hash chain and points at the first row changed behind the application's back", async () => {
    const intact = await admin.request("GET", `${base}/verify`);
    expect(intact.statusCode).toBe(200);
    expect(intact.json()).toMatchObject({ ok: true, firstBroken: null });
    expect(intact.json().checked).toBeGreaterThan(10);
    const [victim] = await search(admin, "action=user.read&limit=1").then((p) => p.items);
    expect(victim).toBeDefined();
    await t.deps.database.db
      .update(auditEvents)
      .set({ details: sql`'{"tampered": true}'::jsonb` })
      .where(eq(auditEvents.seq, victim?.seq ?? 0));
    const broken = await dpo.request("GET", `${base}/verify`);
    expect(broken.json()).toMatchObject({
      ok: false,
      firstBroken: { seq: victim?.seq, reason: "content does not match its hash" },
    });
  });
});
