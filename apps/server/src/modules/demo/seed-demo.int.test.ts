import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../../platform/audit/audit.repository.ts";
import { organizations, projects, projectTargets, servicePoints, users } from "../../platform/db/schema.ts";
import {
  createTestApp,
  createTestDatabase,
  signIn,
  type TestApp,
  type TestDatabase,
  testEngine,
} from "../../testing/index.ts";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoUsers } from "./demo-users.ts";
import { seedDemoIfEmpty } from "./seed-demo.ts";

let db: TestDatabase;
let t: TestApp;

beforeAll(async () => {
  db = await createTestDatabase();
  t = await createTestApp(db.database, { config: { demoMode: true } });
  expect(await seedDemoIfEmpty(t.deps)).toBe(true);
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
