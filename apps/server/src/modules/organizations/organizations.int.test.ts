import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../../platform/authz/actor.ts";
import type { Role } from "../../platform/authz/roles.ts";
import { newId } from "../../platform/db/ids.ts";
import {
  apiTokens,
  auditEvents,
  networkOrganizations,
  networks,
  organizations,
} from "../../platform/db/schema.ts";
import { inTransaction, noMeta } from "../../platform/db/transaction.ts";
import { sha256Hex } from "../../platform/security/secrets.ts";
import {
  type Agent,
  buildOrganization,
  buildTerritory,
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
let admin: Agent;
let operator: Agent;

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.database);
  await buildTerritory(t.deps.database, "082053", "Palermo");
  await buildTerritory(t.deps.database, "058091", "Roma");
  const a = await buildUser(t.deps.database, { roles: ["admin"] });
  admin = await signIn(t.app, a.username, a.password, a.totpSecret);
  const o = await buildUser(t.deps.database, { roles: ["operator"] });
  operator = await signIn(t.app, o.username, o.password, o.totpSecret);
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

const base = "/api/v1/organizations";
let seq = 0;
function uniqueName(prefix = "Comune di Prova") {
  seq += 1;
  return `${prefix} ${Date.now().toString(36)}-${seq}`;
}
function newOrganization(overrides: Record<string, unknown> = {}) {
  return { name: uniqueName(), type: "municipality", istatCode: "082053", ...overrides };
}

async function auditOf(entityId: string) {
  return t.deps.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "organization"), eq(auditEvents.entityId, entityId)))
    .orderBy(auditEvents.seq);
}

/** An API token row for `role`; returns the bearer header. */
async function apiToken(role: Role): Promise<Record<string, string>> {
  const token = randomBytes(24).toString("base64url");
  const org = await buildOrganization(t.deps.database);
  await inTransaction(t.deps.database, systemActor, noMeta, ({ tx }) =>
    tx.insert(apiTokens).values({
      id: newId(),
      organizationId: org.id,
      name: `test ${role}`,
      tokenHash: sha256Hex(token),
      role,
    }),
  );
  return { authorization: `Bearer ${token}` };
}

describe(`organizations (${testEngine})`, () => {
  it("lets an administrator create, read and update an organisation, bumping the version", async () => {
    const body = newOrganization({ requiresClosureApproval: true });
    const created = await admin.request("POST", base, body);
    expect(created.statusCode).toBe(201);
    const record = created.json();
    expect(record).toMatchObject({
      name: body.name,
      type: "municipality",
      istatCode: "082053",
      territoryName: "Palermo",
      parentId: null,
      requiresClosureApproval: true,
      active: true,
      version: 1,
      networkIds: [],
      projectIds: [],
    });
    expect(record.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(record.createdAt).toISOString()).toBe(record.createdAt);

    const read = await admin.request("GET", `${base}/${record.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(record);

    const patched = await admin.request("PATCH", `${base}/${record.id}`, {
      version: 1,
      istatCode: "058091",
      active: false,
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      name: body.name,
      istatCode: "058091",
      territoryName: "Roma",
      active: false,
      version: 2,
    });
    expect(patched.json().updatedAt >= record.updatedAt).toBe(true);
    expect(patched.json().createdAt).toBe(record.createdAt);
  });

  it("accepts a client-generated UUIDv7 id and refuses any other kind of id", async () => {
    const id = uuidv7();
    const created = await admin.request("POST", base, newOrganization({ id }));
    expect(created.statusCode).toBe(201);
    expect(created.json().id).toBe(id);
    const v4 = await admin.request("POST", base, newOrganization({ id: crypto.randomUUID() }));
    expect(v4.statusCode).toBe(400);
    expect(v4.json().error.details.issues.map((i: { path: string }) => i.path)).toContain("body.id");
  });

  it("lets any signed-in user read organisations but answers 404 to a non-administrator's writes", async () => {
    const org = (await admin.request("POST", base, newOrganization())).json();
    expect((await operator.request("GET", `${base}/${org.id}`)).statusCode).toBe(200);
    expect(
      (await operator.request("GET", `${base}?q=${encodeURIComponent(org.name)}`)).json().items,
    ).toHaveLength(1);

    const post = await operator.request("POST", base, newOrganization());
    expect(post.statusCode).toBe(404);
    expect(post.json().error.code).toBe("NOT_FOUND");
    const patch = await operator.request("PATCH", `${base}/${org.id}`, { version: 1, name: "Hijacked" });
    expect(patch.statusCode).toBe(404);
    expect(patch.json().error.code).toBe("NOT_FOUND");
    // Forbidden and missing look the same.
    const missing = await admin.request("PATCH", `${base}/${uuidv7()}`, { version: 1, name: "Nobody" });
    expect(missing.json().error).toEqual(patch.json().error);
    expect((await admin.request("GET", `${base}/${org.id}`)).json()).toMatchObject({
      name: org.name,
      version: 1,
    });
  });

  it("applies the same role rules to API tokens", async () => {
    const operatorToken = await apiToken("operator");
    const adminToken = await apiToken("admin");
    const asOperator = await t.app.inject({
      method: "POST",
      url: base,
      payload: newOrganization(),
      headers: operatorToken,
    });
    expect(asOperator.statusCode).toBe(404);
    const read = await t.app.inject({ method: "GET", url: `${base}?limit=1`, headers: operatorToken });
    expect(read.statusCode).toBe(200);
    const asAdmin = await t.app.inject({
      method: "POST",
      url: base,
      payload: newOrganization(),
      headers: adminToken,
    });
    expect(asAdmin.statusCode).toBe(201);
  });

  it("answers 400 VALIDATION_FAILED with the invalid fields", async () => {
    const res = await admin.request("POST", base, { name: " ", type: "castle", istatCode: "82053" });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe("VALIDATION_FAILED");
    const paths = error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["body.name", "body.type", "body.istatCode"]));
    const noVersion = await admin.request("PATCH", `${base}/${uuidv7()}`, { name: "No version" });
    expect(noVersion.statusCode).toBe(400);
    expect(noVersion.json().error.details.issues[0].path).toBe("body.version");
  });

  it("answers 422 UNPROCESSABLE for an ISTAT code that is not a known municipality", async () => {
    const res = await admin.request("POST", base, newOrganization({ istatCode: "999999" }));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe("UNPROCESSABLE");
    expect(res.json().error.message).toContain("999999");
    expect(res.json().error.details.issues[0].path).toBe("body.istatCode");
    const org = (await admin.request("POST", base, newOrganization())).json();
    const patch = await admin.request("PATCH", `${base}/${org.id}`, { version: 1, istatCode: "999999" });
    expect(patch.statusCode).toBe(422);
    expect((await admin.request("GET", `${base}/${org.id}`)).json().version).toBe(1);
  });

  it("refuses an unknown parent and a parent that would make a cycle", async () => {
    const region = (await admin.request("POST", base, newOrganization({ type: "region" }))).json();
    const child = (await admin.request("POST", base, newOrganization({ parentId: region.id }))).json();
    expect(child.parentId).toBe(region.id);
    const unknown = await admin.request("POST", base, newOrganization({ parentId: uuidv7() }));
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.details.issues[0].path).toBe("body.parentId");
    const cycle = await admin.request("PATCH", `${base}/${region.id}`, { version: 1, parentId: child.id });
    expect(cycle.statusCode).toBe(422);
    const self = await admin.request("PATCH", `${base}/${region.id}`, { version: 1, parentId: region.id });
    expect(self.statusCode).toBe(422);
  });

  it("answers 409 VERSION_CONFLICT with the current version to a stale write", async () => {
    const org = (await admin.request("POST", base, newOrganization())).json();
    expect(
      (await admin.request("PATCH", `${base}/${org.id}`, { version: 1, name: uniqueName() })).statusCode,
    ).toBe(200);
    const stale = await admin.request("PATCH", `${base}/${org.id}`, { version: 1, name: uniqueName() });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("VERSION_CONFLICT");
    expect(stale.json().error.details).toEqual({ currentVersion: 2 });
  });

  it("changes nothing when a PATCH repeats the stored values", async () => {
    const org = (await admin.request("POST", base, newOrganization())).json();
    const same = await admin.request("PATCH", `${base}/${org.id}`, {
      version: 1,
      name: org.name,
      active: true,
    });
    expect(same.statusCode).toBe(200);
    expect(same.json().version).toBe(1);
    expect((await auditOf(org.id)).map((e) => e.action)).toEqual(["organization.created"]);
  });

  it("pages by name with a cursor, without overlap between pages", async () => {
    const prefix = uniqueName("Pagina");
    const names = ["e", "B", "a", "D", "c"].map((s) => `${prefix} ${s}`);
    for (const name of names)
      expect((await admin.request("POST", base, newOrganization({ name }))).statusCode).toBe(201);
    const q = encodeURIComponent(prefix.toUpperCase());
    const first = (await operator.request("GET", `${base}?q=${q}&limit=2`)).json();
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (
      await operator.request("GET", `${base}?q=${q}&limit=2&cursor=${first.nextCursor}`)
    ).json();
    const third = (
      await operator.request("GET", `${base}?q=${q}&limit=2&cursor=${second.nextCursor}`)
    ).json();
    expect(third.nextCursor).toBeNull();
    const seen = [...first.items, ...second.items, ...third.items].map((o: { name: string }) => o.name);
    expect(seen).toEqual([...names].sort((x, y) => x.toLowerCase().localeCompare(y.toLowerCase())));
    expect(new Set(seen).size).toBe(5);
    const bad = await operator.request("GET", `${base}?cursor=not-a-cursor`);
    expect(bad.statusCode).toBe(400);
  });

  it("filters the list by type", async () => {
    const prefix = uniqueName("Tipo");
    await admin.request(
      "POST",
      base,
      newOrganization({ name: `${prefix} coop`, type: "social_cooperative" }),
    );
    await admin.request("POST", base, newOrganization({ name: `${prefix} comune` }));
    const res = (
      await operator.request("GET", `${base}?q=${encodeURIComponent(prefix)}&type=social_cooperative`)
    ).json();
    expect(res.items.map((o: { name: string }) => o.name)).toEqual([`${prefix} coop`]);
  });

  it("treats % and _ in the search as plain characters", async () => {
    const prefix = uniqueName("Percento");
    await admin.request("POST", base, newOrganization({ name: `${prefix} 100% inclusione` }));
    await admin.request("POST", base, newOrganization({ name: `${prefix} 100 inclusione` }));
    const res = (await operator.request("GET", `${base}?q=${encodeURIComponent(`${prefix} 100%`)}`)).json();
    expect(res.items).toHaveLength(1);
  });

  it("returns the same response to a retry with the same Idempotency-Key and creates nothing new", async () => {
    const body = newOrganization();
    const headers = { "idempotency-key": `org-create-${Date.now()}` };
    const first = await admin.request("POST", base, body, headers);
    const retry = await admin.request("POST", base, body, headers);
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(retry.json()).toEqual(first.json());
    const rows = await t.deps.database.db
      .select()
      .from(organizations)
      .where(eq(organizations.name, body.name));
    expect(rows).toHaveLength(1);
  });

  it("records an audit event with the changed field names and no values", async () => {
    const body = newOrganization();
    const org = (await admin.request("POST", base, body)).json();
    await admin.request("PATCH", `${base}/${org.id}`, { version: 1, name: uniqueName(), active: true });
    const events = await auditOf(org.id);
    expect(events.map((e) => e.action)).toEqual(["organization.created", "organization.updated"]);
    expect(events[0]?.organizationId).toBe(org.id);
    expect(events[0]?.details).toEqual({ fields: ["name", "type", "istatCode"] });
    expect(events[1]?.details).toEqual({ fields: ["name"] });
    expect(events[1]?.actorUserId).toEqual(expect.any(String));
    expect(JSON.stringify(events)).not.toContain(body.name);
  });

  it("lists the networks and projects an organisation belongs to", async () => {
    const org = (await admin.request("POST", base, newOrganization())).json();
    const networkId = newId();
    await inTransaction(t.deps.database, systemActor, noMeta, async ({ tx }) => {
      await tx.insert(networks).values({ id: networkId, name: uniqueName("Rete") });
      await tx.insert(networkOrganizations).values({ networkId, organizationId: org.id });
    });
    const read = (await operator.request("GET", `${base}/${org.id}`)).json();
    expect(read.networkIds).toEqual([networkId]);
    expect(read.projectIds).toEqual([]);
  });
});
