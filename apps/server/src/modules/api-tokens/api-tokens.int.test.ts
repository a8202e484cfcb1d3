import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../platform/db/ids.ts";
import { apiTokens, auditEvents, idempotencyKeys } from "../../platform/db/schema.ts";
import { sha256Hex } from "../../platform/security/secrets.ts";
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
let orgB: string;
let adminUser: BuiltUser;
let admin: Agent;
let operator: Agent;
let dpo: Agent;
let operatorA: BuiltUser;
let operatorB: BuiltUser;

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.database);
  orgA = (await buildOrganization(t.deps.database)).id;
  orgB = (await buildOrganization(t.deps.database)).id;
  adminUser = await buildUser(t.deps.database, { organizationId: orgA, roles: ["admin"] });
  admin = await signIn(t.app, adminUser.username, adminUser.password, adminUser.totpSecret);
  operatorA = await buildUser(t.deps.database, { organizationId: orgA, roles: ["operator"] });
  operator = await signIn(t.app, operatorA.username, operatorA.password);
  const d = await buildUser(t.deps.database, { organizationId: orgA, roles: ["dpo"] });
  dpo = await signIn(t.app, d.username, d.password, d.totpSecret);
  operatorB = await buildUser(t.deps.database, { organizationId: orgB, roles: ["operator"] });
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

const base = "/api/v1/api-tokens";

async function issue(body: Record<string, unknown> = {}) {
  const res = await admin.request("POST", base, {
    name: "Gestionale comunale",
    organizationId: orgA,
    role: "operator",
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; token: string; organizationId: string; role: string };
}

function bearer(token: string, url: string) {
  return t.app.inject({ method: "GET", url, headers: { authorization: `Bearer ${token}` } });
}

function auditOf(entityId: string) {
  return t.deps.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "api_token"), eq(auditEvents.entityId, entityId)))
    .orderBy(asc(auditEvents.seq));
}

describe(`API tokens (${testEngine})`, () => {
  it("issues a token shown once and stores only its sha256", async () => {
    const created = await issue({ role: "org_coordinator", expiresAt: "2099-01-01T00:00:00Z" });
    expect(created.token).toMatch(/^apd_[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({
      role: "org_coordinator",
      organizationId: orgA,
      expiresAt: "2099-01-01T00:00:00.000Z",
      revokedAt: null,
      lastUsedAt: null,
    });
    expect(created).not.toHaveProperty("tokenHash");
    const [row] = await t.deps.database.db.select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(row?.tokenHash).toBe(sha256Hex(created.token));
    expect(row?.createdBy).toBe(adminUser.id);
    expect(JSON.stringify(row)).not.toContain(created.token);

    const [event] = await auditOf(created.id);
    expect(event).toMatchObject({
      action: "api_token.created",
      organizationId: orgA,
      actorUserId: adminUser.id,
    });
    expect(JSON.stringify(event?.details)).not.toContain(created.token);
  });

  it("honours an Idempotency-Key without keeping the plaintext: a retry is told the token exists", async () => {
    const key = `token-${newId()}`;
    const body = { name: "Retry", organizationId: orgB, role: "operator" };
    const first = await admin.request("POST", base, body, { "idempotency-key": key });
    expect(first.statusCode).toBe(201);
    const retry = await admin.request("POST", base, body, { "idempotency-key": key });
    expect(retry.statusCode).toBe(409);
    expect(retry.json().error).toMatchObject({ code: "ALREADY_EXISTS", details: { id: first.json().id } });
    const rows = await t.deps.database.db
      .select()
      .from(apiTokens)
      .where(and(eq(apiTokens.organizationId, orgB), eq(apiTokens.name, "Retry")));
    expect(rows).toHaveLength(1);
    const [stored] = await t.deps.database.db
      .select()
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.key, key));
    expect(stored?.statusCode).toBe(201);
    expect(JSON.stringify(stored?.response)).not.toContain(first.json().token);
  });

  it("lets a token call a GET route as `Authorization: Bearer` without a CSRF header", async () => {
    const created = await issue();
    const res = await bearer(created.token, "/api/v1/organizations");
    expect(res.statusCode).toBe(200);
    expect(Array.isArray(res.json().items)).toBe(true);
    const list = await admin.request("GET", `${base}?organizationId=${orgA}&limit=200`);
    const seen = list.json().items.find((x: { id: string }) => x.id === created.id);
    expect(seen.lastUsedAt).not.toBeNull();
  });

  it("scopes a token to its organisation and role", async () => {
    const asOperator = await issue({ role: "operator" });
    expect((await bearer(asOperator.token, "/api/v1/users")).statusCode).toBe(404);
    const asCoordinator = await issue({ role: "org_coordinator" });
    const users = await bearer(asCoordinator.token, "/api/v1/users?limit=200");
    expect(users.statusCode).toBe(200);
    const ids = users.json().items.map((u: { id: string }) => u.id);
    expect(ids).toContain(operatorA.id);
    expect(ids).not.toContain(operatorB.id);
    expect((await bearer(asCoordinator.token, `/api/v1/users/${operatorB.id}`)).statusCode).toBe(404);
    expect((await bearer(asCoordinator.token, base)).statusCode).toBe(404);
  });

  it("revokes a token: it gets 401 from then on, and revoking twice records one event", async () => {
    const created = await issue();
    expect((await bearer(created.token, "/api/v1/organizations")).statusCode).toBe(200);
    const res = await admin.request("POST", `${base}/${created.id}/revoke`);
    expect(res.statusCode).toBe(200);
    const revokedAt = res.json().revokedAt;
    expect(Date.parse(revokedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(res.json()).not.toHaveProperty("token");
    const refused = await bearer(created.token, "/api/v1/organizations");
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe("UNAUTHENTICATED");
    const again = await admin.request("POST", `${base}/${created.id}/revoke`);
    expect(again.json().revokedAt).toBe(revokedAt);
    expect((await auditOf(created.id)).map((e) => e.action)).toEqual([
      "api_token.created",
      "api_token.revoked",
    ]);
    expect((await admin.request("POST", `${base}/${newId()}/revoke`)).statusCode).toBe(404);
  });

  it("lists the tokens of an organisation newest first, page by page, without secrets", async () => {
    const org = (await buildOrganization(t.deps.database)).id;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await issue({ organizationId: org, name: `T${i}` })).id);
    const first = await admin.request("GET", `${base}?organizationId=${org}&limit=2`);
    expect(first.statusCode).toBe(200);
    const page1 = first.json();
    expect(page1.items.map((x: { id: string }) => x.id)).toEqual([ids[2], ids[1]]);
    for (const item of page1.items) {
      expect(Object.keys(item).sort()).toEqual(
        ["createdAt", "expiresAt", "id", "lastUsedAt", "name", "organizationId", "revokedAt", "role"].sort(),
      );
    }
    const second = await admin.request(
      "GET",
      `${base}?organizationId=${org}&limit=2&cursor=${page1.nextCursor}`,
    );
    expect(second.json()).toEqual({ items: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
  });

  it("refuses an expiry in the past and an unknown organisation with 422", async () => {
    const past = await admin.request("POST", base, {
      name: "Old",
      organizationId: orgA,
      role: "operator",
      expiresAt: "2020-01-01T00:00:00Z",
    });
    expect(past.statusCode).toBe(422);
    expect(past.json().error.details).toEqual({ field: "expiresAt" });
    const orphan = await admin.request("POST", base, {
      name: "X",
      organizationId: newId(),
      role: "operator",
    });
    expect(orphan.statusCode).toBe(422);
  });

  it("refuses a token with a role that requires two-factor sign-in", async () => {
    for (const role of ["admin", "dpo", "psychologist"]) {
      const res = await admin.request("POST", base, { name: "Too strong", organizationId: orgA, role });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.details).toEqual({ field: "role" });
    }
  });

  it("answers 404 to anyone but an administrator", async () => {
    const created = await issue();
    for (const agent of [operator, dpo]) {
      const answers = [
        await agent.request("GET", base),
        await agent.request("POST", base, { name: "Mine", organizationId: orgA, role: "admin" }),
        await agent.request("POST", `${base}/${created.id}/revoke`),
      ];
      expect(answers.map((r) => r.statusCode)).toEqual([404, 404, 404]);
    }
    expect((await bearer(created.token, "/api/v1/organizations")).statusCode).toBe(200);
  });
});
