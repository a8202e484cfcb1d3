import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildUser,
  createTestApp,
  createTestDatabase,
  signIn,
  type TestApp,
  type TestDatabase,
  testEngine,
} from "../../testing/index.ts";
import { systemActor } from "../authz/actor.ts";
import { type Database, openPostgres } from "../db/database.ts";
import { inTransaction, noMeta } from "../db/transaction.ts";

/**
 * On PostgreSQL Approdo scales out: several web instances behind a load balancer share sessions
 * (server-side, in the database) and the job queue (pg-boss tables). Two application instances on
 * two separate connection pools to one database stand in for two processes.
 */
const JOB = "test.two_instances";
/** Known to instance 1 only: if instance 1 worked jobs, it would run it. */
const JOB_ONLY_ON_ONE = "test.only_on_instance_1";

interface Ran {
  instance: number;
  marker: string;
}

describe.skipIf(testEngine !== "postgres")("two application instances on one PostgreSQL database", () => {
  let db: TestDatabase;
  let database1: Database;
  let database2: Database;
  let one: TestApp;
  let two: TestApp;
  const ranOnOne: Ran[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    if (!db.url) throw new Error("createTestDatabase gave no url on PostgreSQL");
    database1 = await openPostgres(db.url, 3);
    database2 = await openPostgres(db.url, 3);
    one = await createTestApp(database1);
    two = await createTestApp(database2);
    // Both know the job; only instance 2 works jobs (a web instance with WORKER_MODE=separate and a worker).
    one.deps.jobs.register<Ran>(JOB, async (data) => {
      ranOnOne.push(data);
    });
    one.deps.jobs.register<Ran>(JOB_ONLY_ON_ONE, async (data) => {
      ranOnOne.push(data);
    });
    two.deps.jobs.register<Ran>(JOB, async (data, meta) => {
      await inTransaction(database2, systemActor, noMeta, async (ctx) => {
        ctx.audit({
          action: "test.job_ran",
          entityType: "job",
          entityId: meta.id,
          organizationId: null,
          details: { instance: 2, marker: data.marker },
        });
      });
    });
    await one.deps.jobs.start({ work: false });
    await two.deps.jobs.start({ work: true });
  });

  afterAll(async () => {
    await one?.close();
    await two?.close();
    await database1?.close();
    await database2?.close();
    await db?.drop();
  });

  it("accepts on instance 2 a session opened on instance 1, and a sign-out on 2 ends it on 1", async () => {
    const user = await buildUser(database1, { roles: ["operator"] });
    const agent = await signIn(one.app, user.username, user.password);
    const me = await two.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie: agent.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe(user.username);

    const logout = await two.app.inject({
      method: "POST",
      url: "/api/v1/auth/logout",
      headers: { cookie: agent.cookie, "x-csrf-token": agent.csrfToken },
    });
    expect(logout.statusCode).toBe(204);
    expect((await agent.request("GET", "/api/v1/me")).statusCode).toBe(401);
  });

  it("runs on instance 2's worker a job enqueued by instance 1, which does not work jobs", async () => {
    const marker = randomUUID();
    const id = await one.deps.jobs.send<Ran>(JOB, { instance: 1, marker });

    const deadline = Date.now() + 15_000;
    let rows: Array<{ entity_id: string; details: { instance: number; marker: string } }> = [];
    while (Date.now() < deadline) {
      rows = await inTransaction(database1, systemActor, noMeta, async ({ tx }) => {
        const result = await tx.execute(
          sql`select entity_id, details from audit_events where action = 'test.job_ran' and details->>'marker' = ${marker}`,
        );
        return (result as unknown as { rows: typeof rows }).rows;
      });
      if (rows.length > 0) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(rows).toHaveLength(1);
    expect(rows[0]?.entity_id).toBe(id);
    expect(rows[0]?.details.instance).toBe(2);
    // pg-boss marks it completed right after the handler returns.
    let state = "";
    while (Date.now() < deadline + 5_000) {
      state = (await one.deps.jobs.status(JOB, id))?.state ?? "";
      if (state === "completed") break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(state).toBe("completed");
    expect(ranOnOne).toEqual([]);
  }, 30_000);

  it("leaves a job only instance 1 knows untouched: instance 1 does not poll", async () => {
    const id = await one.deps.jobs.send<Ran>(JOB_ONLY_ON_ONE, { instance: 1, marker: "idle" });
    // Workers poll every second: three seconds is three chances.
    await new Promise((r) => setTimeout(r, 3_000));
    expect((await one.deps.jobs.status(JOB_ONLY_ON_ONE, id))?.state).toBe("created");
    expect(ranOnOne).toEqual([]);
  }, 30_000);
});
