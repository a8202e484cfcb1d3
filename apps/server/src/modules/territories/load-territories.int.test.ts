import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../../platform/authz/actor.ts";
import { auditEvents, territories } from "../../platform/db/schema.ts";
import { inTransaction, noMeta } from "../../platform/db/transaction.ts";
import {
  type Agent,
  buildTerritory,
  buildUser,
  createTestApp,
  createTestDatabase,
  signIn,
  type TestApp,
  type TestDatabase,
  testEngine,
} from "../../testing/index.ts";
import { ensureTerritories, italianMunicipalities } from "./use-cases/load-territories.ts";

let db: TestDatabase;
let t: TestApp;
let operator: Agent;

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.database);
  // A row the list does not have (a municipality merged away, a test row) must not force reloads.
  await buildTerritory(t.deps.database, "099999", "Comune soppresso (test)");
  const o = await buildUser(t.deps.database, { roles: ["operator"] });
  operator = await signIn(t.app, o.username, o.password, o.totpSecret);
});
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

const count = () =>
  inTransaction(t.deps.database, systemActor, noMeta, async ({ tx }) => {
    const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(territories);
    return row?.n ?? 0;
  });

describe(`loading the Italian municipalities (${testEngine})`, () => {
  it("ships the full ISTAT list with cadastral codes", () => {
    const { records } = italianMunicipalities();
    expect(records.length).toBeGreaterThan(7800);
    expect(new Set(records.map((r) => r.istatCode)).size).toBe(records.length);
    expect(new Set(records.map((r) => r.belfioreCode)).size).toBe(records.length);
    const malformed = records.filter(
      (r) => !/^\d{6}$/.test(r.istatCode) || !/^[A-M]\d{3}$/.test(r.belfioreCode ?? ""),
    );
    expect(malformed).toEqual([]);
    expect(new Set(records.map((r) => r.province)).size).toBe(107);
    expect(new Set(records.map((r) => r.region)).size).toBe(20);
  });

  it("loads every municipality at start-up, quickly, and a second load is a no-op", async () => {
    const started = performance.now();
    const first = await ensureTerritories(t.deps.database);
    const took = performance.now() - started;
    expect(first.changed).toBe(true);
    expect(first.count).toBeGreaterThan(7800);
    expect(await count()).toBe(first.count + 1);
    // Typically about 0.5 s on PGlite; the bound is generous for a busy CI machine.
    expect(took).toBeLessThan(10_000);

    const palermo = await inTransaction(t.deps.database, systemActor, noMeta, ({ tx }) =>
      tx.select().from(territories).where(eq(territories.istatCode, "082053")),
    );
    expect(palermo).toEqual([
      { istatCode: "082053", name: "Palermo", province: "PA", region: "Sicilia", belfioreCode: "G273" },
    ]);

    const second = await ensureTerritories(t.deps.database);
    expect(second).toEqual({ changed: false, count: first.count });
    const loads = await inTransaction(t.deps.database, systemActor, noMeta, ({ tx }) =>
      tx.select().from(auditEvents).where(eq(auditEvents.action, "territories.loaded")),
    );
    expect(loads).toHaveLength(1);
  });

  it("repairs a row that differs from the list, leaving the rest alone", async () => {
    await inTransaction(t.deps.database, systemActor, noMeta, ({ tx }) =>
      tx
        .update(territories)
        .set({ name: "Palermo (edited)", belfioreCode: null })
        .where(eq(territories.istatCode, "082053")),
    );
    expect((await ensureTerritories(t.deps.database)).changed).toBe(true);
    const [row] = await inTransaction(t.deps.database, systemActor, noMeta, ({ tx }) =>
      tx.select().from(territories).where(eq(territories.istatCode, "082053")),
    );
    expect(row).toMatchObject({ name: "Palermo", belfioreCode: "G273" });
    expect((await ensureTerritories(t.deps.database)).changed).toBe(false);
  });

  it("finds municipalities by name, ISTAT code or cadastral code, with the cadastral code", async () => {
    const byName = (await operator.request("GET", "/api/v1/territories?q=palermo")).json();
    expect(byName.items[0]).toEqual({
      istatCode: "082053",
      name: "Palermo",
      province: "PA",
      region: "Sicilia",
      belfioreCode: "G273",
    });
    const byBelfiore = (await operator.request("GET", "/api/v1/territories?q=g273")).json();
    expect(byBelfiore.items.map((x: { istatCode: string }) => x.istatCode)).toEqual(["082053"]);
    const bilingual = (await operator.request("GET", "/api/v1/territories?q=bolzano")).json();
    expect(bilingual.items).toContainEqual(
      expect.objectContaining({ istatCode: "021008", name: "Bolzano/Bozen", belfioreCode: "A952" }),
    );
    const merged = (await operator.request("GET", "/api/v1/territories?q=081025")).json();
    expect(merged.items).toEqual([expect.objectContaining({ name: "Misiliscemi", belfioreCode: "M432" })]);
  });
});
