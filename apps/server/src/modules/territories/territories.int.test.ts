import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../../platform/authz/actor.ts";
import { newId } from "../../platform/db/ids.ts";
import { networkOrganizations, networks } from "../../platform/db/schema.ts";
import { inTransaction, noMeta } from "../../platform/db/transaction.ts";
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
let operator: Agent;

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.database);
  for (const [code, name] of [
    ["082053", "Palermo"],
    ["082054", "Palazzo Adriano"],
    ["082052", "Palazzolo Acreide (test)"],
    ["058091", "Roma"],
    ["015146", "Milano"],
    ["001272", "Torino"],
    ["099001", "Pal_ma 100%"],
  ] as const) {
    await buildTerritory(t.deps.database, code, name);
  }
  const o = await buildUser(t.deps.database, { roles: ["operator"] });
  operator = await signIn(t.app, o.username, o.password, o.totpSecret);
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

describe(`territories and networks (${testEngine})`, () => {
  it("searches municipalities by name prefix, ignoring case, in name order", async () => {
    const res = await operator.request("GET", "/api/v1/territories?q=pala");
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((x: { name: string }) => x.name)).toEqual([
      "Palazzo Adriano",
      "Palazzolo Acreide (test)",
    ]);
    expect(res.json().items[0]).toEqual({
      istatCode: "082054",
      name: "Palazzo Adriano",
      province: "PA",
      region: "Sicilia",
      belfioreCode: null,
    });
  });

  it("searches by ISTAT code prefix when the query is digits, still in name order", async () => {
    const res = (await operator.request("GET", "/api/v1/territories?q=0820")).json();
    expect(res.items.map((x: { istatCode: string }) => x.istatCode)).toEqual(["082054", "082052", "082053"]);
    const exact = (await operator.request("GET", "/api/v1/territories?q=058091")).json();
    expect(exact.items.map((x: { name: string }) => x.name)).toEqual(["Roma"]);
  });

  it("treats LIKE wildcards in the query as plain characters", async () => {
    const res = (await operator.request("GET", `/api/v1/territories?q=${encodeURIComponent("pal_")}`)).json();
    expect(res.items.map((x: { name: string }) => x.name)).toEqual(["Pal_ma 100%"]);
  });

  it("pages through all municipalities without overlap", async () => {
    const first = (await operator.request("GET", "/api/v1/territories?limit=4")).json();
    expect(first.items).toHaveLength(4);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (
      await operator.request("GET", `/api/v1/territories?limit=4&cursor=${first.nextCursor}`)
    ).json();
    expect(second.nextCursor).toBeNull();
    const codes = [...first.items, ...second.items].map((x: { istatCode: string }) => x.istatCode);
    expect(codes).toHaveLength(7);
    expect(new Set(codes).size).toBe(7);
    const names = [...first.items, ...second.items].map((x: { name: string }) => x.name.toLowerCase());
    expect(names).toEqual([...names].sort());
  });

  it("answers 400 to a malformed query or cursor and 401 without a session", async () => {
    expect((await operator.request("GET", "/api/v1/territories?limit=0")).statusCode).toBe(400);
    expect((await operator.request("GET", "/api/v1/territories?cursor=abc")).statusCode).toBe(400);
    const anonymous = await t.app.inject({ method: "GET", url: "/api/v1/territories" });
    expect(anonymous.statusCode).toBe(401);
  });

  it("lists networks with their member organisations, paged by name", async () => {
    const a = await buildOrganization(t.deps.database);
    const b = await buildOrganization(t.deps.database);
    const ids = [newId(), newId(), newId()];
    await inTransaction(t.deps.database, systemActor, noMeta, async ({ tx }) => {
      await tx.insert(networks).values([
        { id: ids[0] as string, name: "Rete Sud", description: "Sicilia" },
        { id: ids[1] as string, name: "rete Centro" },
        { id: ids[2] as string, name: "Rete Nord" },
      ]);
      await tx.insert(networkOrganizations).values([
        { networkId: ids[0] as string, organizationId: b.id },
        { networkId: ids[0] as string, organizationId: a.id },
      ]);
    });
    const first = (await operator.request("GET", "/api/v1/networks?limit=2")).json();
    expect(first.items.map((n: { name: string }) => n.name)).toEqual(["rete Centro", "Rete Nord"]);
    const second = (
      await operator.request("GET", `/api/v1/networks?limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect(second.nextCursor).toBeNull();
    expect(second.items).toEqual([
      expect.objectContaining({
        id: ids[0],
        name: "Rete Sud",
        description: "Sicilia",
        organizationIds: [a.id, b.id].sort(),
        version: 1,
      }),
    ]);
    expect(first.items[0].organizationIds).toEqual([]);
  });
});
