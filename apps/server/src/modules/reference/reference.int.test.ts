import { permitTypes, vulnerabilityCatalogue } from "@approdo/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Agent,
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
let mediator: Agent;

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.database);
  const u = await buildUser(t.deps.database, { roles: ["cultural_mediator"] });
  mediator = await signIn(t.app, u.username, u.password, u.totpSecret);
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

describe(`reference lists (${testEngine})`, () => {
  it("lists the countries in Italian by default, sorted by name, with their Z-codes", async () => {
    const res = await mediator.request("GET", "/api/v1/reference/countries");
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("private, max-age=3600");
    const items = res.json().items as { code: string; name: string; zCode: string | null }[];
    expect(items.length).toBeGreaterThanOrEqual(249);
    expect(items).toContainEqual({ code: "MA", name: "Marocco", zCode: "Z330" });
    expect(items).toContainEqual({ code: "IT", name: "Italia", zCode: null });
    const names = items.map((c) => c.name);
    expect(names).toEqual([...names].sort(new Intl.Collator("it", { sensitivity: "base" }).compare));
  });

  it("names the countries in English on request and refuses other locales", async () => {
    const items = (await mediator.request("GET", "/api/v1/reference/countries?locale=en")).json().items;
    expect(items).toContainEqual({ code: "UA", name: "Ukraine", zCode: "Z138" });
    const british = (await mediator.request("GET", "/api/v1/reference/countries?locale=en-GB")).json().items;
    expect(british).toContainEqual({ code: "UA", name: "Ukraine", zCode: "Z138" });
    expect((await mediator.request("GET", "/api/v1/reference/countries?locale=fr")).statusCode).toBe(400);
  });

  it("lists the languages, or only the common ones", async () => {
    const all = (await mediator.request("GET", "/api/v1/reference/languages?locale=it")).json().items;
    expect(all.length).toBeGreaterThan(7000);
    expect(all).toContainEqual({ code: "tir", name: "tigrino", common: true });
    expect(all).toContainEqual({ code: "aaa", name: "Ghotuo", common: false });
    const res = await mediator.request("GET", "/api/v1/reference/languages?locale=en&common=true");
    expect(res.headers["cache-control"]).toBe("private, max-age=3600");
    const common = res.json().items as { code: string; name: string; common: boolean }[];
    expect(common.length).toBeGreaterThanOrEqual(40);
    expect(common.every((l) => l.common)).toBe(true);
    expect(common).toContainEqual({ code: "ary", name: "Moroccan Arabic", common: true });
    expect((await mediator.request("GET", "/api/v1/reference/languages?common=yes")).statusCode).toBe(400);
  });

  it("lists the permit types and the vulnerability catalogue", async () => {
    const permits = await mediator.request("GET", "/api/v1/reference/permit-types");
    expect(permits.headers["cache-control"]).toBe("private, max-age=3600");
    expect(permits.json().items).toEqual(permitTypes.map((code) => ({ code })));
    const vulnerabilities = (await mediator.request("GET", "/api/v1/reference/vulnerabilities")).json().items;
    expect(vulnerabilities).toEqual(vulnerabilityCatalogue.map((v) => ({ ...v })));
    expect(vulnerabilities).toContainEqual({ code: "trafficking", specialCategory: true });
  });

  it.each([
    "/api/v1/reference/countries",
    "/api/v1/reference/languages",
    "/api/v1/reference/permit-types",
    "/api/v1/reference/vulnerabilities",
  ])("answers 401 to %s without a session", async (url) => {
    const res = await t.app.inject({ method: "GET", url });
    expect(res.statusCode).toBe(401);
    expect(res.headers["cache-control"]).toBeUndefined();
  });
});
