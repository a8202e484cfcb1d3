import { and, eq } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, servicePoints } from "../../platform/db/schema.ts";
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
let mediator: Agent;
let org: { id: string; name: string };

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.database);
  await buildTerritory(t.deps.database, "082053", "Palermo");
  await buildTerritory(t.deps.database, "058091", "Roma");
  org = await buildOrganization(t.deps.database, { name: "Comune di Palermo (sportelli)" });
  const a = await buildUser(t.deps.database, { roles: ["admin"] });
  admin = await signIn(t.app, a.username, a.password, a.totpSecret);
  const m = await buildUser(t.deps.database, { roles: ["cultural_mediator"] });
  mediator = await signIn(t.app, m.username, m.password, m.totpSecret);
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

const base = "/api/v1/service-points";
function newServicePoint(overrides: Record<string, unknown> = {}) {
  return {
    organizationId: org.id,
    type: "one_stop_shop",
    name: "Sportello unico",
    istatCode: "082053",
    ...overrides,
  };
}
async function create(overrides: Record<string, unknown> = {}) {
  const res = await admin.request("POST", base, newServicePoint(overrides));
  expect(res.statusCode).toBe(201);
  return res.json();
}

describe(`service points (${testEngine})`, () => {
  it("lets an administrator open, read and update a service point", async () => {
    const created = await create({
      address: "Via Roma 1",
      openingHours: "lun-ven 9-13",
      languages: ["it", "ar", "fuv"],
    });
    expect(created).toMatchObject({
      organizationId: org.id,
      organizationName: org.name,
      type: "one_stop_shop",
      name: "Sportello unico",
      istatCode: "082053",
      territoryName: "Palermo",
      address: "Via Roma 1",
      openingHours: "lun-ven 9-13",
      languages: ["it", "ar", "fuv"],
      active: true,
      version: 1,
    });
    expect((await mediator.request("GET", `${base}/${created.id}`)).json()).toEqual(created);
    const res = await admin.request("PATCH", `${base}/${created.id}`, {
      version: 1,
      type: "mobile_unit",
      istatCode: "058091",
      languages: ["it"],
      active: false,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      type: "mobile_unit",
      territoryName: "Roma",
      languages: ["it"],
      active: false,
      version: 2,
    });
    expect(res.json().address).toBe("Via Roma 1");
  });

  it("answers 404 to a non-administrator's writes", async () => {
    const point = await create();
    expect((await mediator.request("POST", base, newServicePoint())).statusCode).toBe(404);
    const patch = await mediator.request("PATCH", `${base}/${point.id}`, { version: 1, name: "Altro" });
    expect(patch.statusCode).toBe(404);
    expect(patch.json().error.code).toBe("NOT_FOUND");
    expect((await admin.request("GET", `${base}/${point.id}`)).json().name).toBe("Sportello unico");
  });

  it("answers 400 VALIDATION_FAILED to bad languages, types and names", async () => {
    const res = await admin.request(
      "POST",
      base,
      newServicePoint({ type: "kiosk", name: "", languages: ["IT", "arabic", "it", "it"] }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("VALIDATION_FAILED");
    const paths = res.json().error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "body.type",
        "body.name",
        "body.languages.0",
        "body.languages.1",
        "body.languages",
      ]),
    );
  });

  it("answers 422 UNPROCESSABLE to an unknown municipality or organisation", async () => {
    const res = await admin.request("POST", base, newServicePoint({ istatCode: "999999" }));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toContain("999999");
    expect(res.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual(["body.istatCode"]);
    const noOrg = await admin.request("POST", base, newServicePoint({ organizationId: uuidv7() }));
    expect(noOrg.statusCode).toBe(422);
    const point = await create();
    const patch = await admin.request("PATCH", `${base}/${point.id}`, { version: 1, istatCode: "000000" });
    expect(patch.statusCode).toBe(422);
  });

  it("answers 409 VERSION_CONFLICT with the current version to a stale write", async () => {
    const point = await create();
    expect(
      (await admin.request("PATCH", `${base}/${point.id}`, { version: 1, name: "Nuovo nome" })).statusCode,
    ).toBe(200);
    const stale = await admin.request("PATCH", `${base}/${point.id}`, { version: 1, name: "Nome vecchio" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: "VERSION_CONFLICT", details: { currentVersion: 2 } });
  });

  it("pages with a cursor without overlap and filters by organisation, municipality and type", async () => {
    const other = await buildOrganization(t.deps.database);
    const mine = [];
    for (let i = 0; i < 3; i++) mine.push(await create({ organizationId: other.id, name: `Punto ${i}` }));
    const roma = await create({ organizationId: other.id, istatCode: "058091", type: "housing_unit" });
    const first = (await mediator.request("GET", `${base}?organizationId=${other.id}&limit=3`)).json();
    expect(first.items.map((p: { id: string }) => p.id)).toEqual(mine.map((p) => p.id));
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (
      await mediator.request("GET", `${base}?organizationId=${other.id}&limit=3&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items.map((p: { id: string }) => p.id)).toEqual([roma.id]);
    expect(second.nextCursor).toBeNull();
    const byPlace = (
      await mediator.request("GET", `${base}?organizationId=${other.id}&istatCode=058091`)
    ).json();
    expect(byPlace.items.map((p: { id: string }) => p.id)).toEqual([roma.id]);
    const byType = (
      await mediator.request("GET", `${base}?organizationId=${other.id}&type=one_stop_shop`)
    ).json();
    expect(byType.items).toHaveLength(3);
    expect(
      (await mediator.request("GET", `${base}?cursor=${Buffer.from('["x"]').toString("base64url")}`))
        .statusCode,
    ).toBe(400);
  });

  it("creates once when a POST is retried with the same Idempotency-Key", async () => {
    const name = `Punto idempotente ${Date.now()}`;
    const headers = { "idempotency-key": `sp-${Date.now()}-create` };
    const first = await admin.request("POST", base, newServicePoint({ name }), headers);
    const retry = await admin.request("POST", base, newServicePoint({ name }), headers);
    expect(retry.statusCode).toBe(201);
    expect(retry.json().id).toBe(first.json().id);
    const rows = await t.deps.database.db.select().from(servicePoints).where(eq(servicePoints.name, name));
    expect(rows).toHaveLength(1);
  });

  it("records audit events with the changed field names under the running organisation", async () => {
    const point = await create({ languages: ["it"] });
    await admin.request("PATCH", `${base}/${point.id}`, {
      version: 1,
      languages: ["it", "en"],
      name: point.name,
    });
    const events = await t.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "service_point"), eq(auditEvents.entityId, point.id)))
      .orderBy(auditEvents.seq);
    expect(events.map((e) => [e.action, e.organizationId])).toEqual([
      ["service_point.created", org.id],
      ["service_point.updated", org.id],
    ]);
    expect(events[0]?.details).toEqual({
      fields: ["organizationId", "type", "name", "istatCode", "languages"],
    });
    expect(events[1]?.details).toEqual({ fields: ["languages"] });
  });
});
