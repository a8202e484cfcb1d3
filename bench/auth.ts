import {
  type BuiltUser,
  buildOrganization,
  buildUser,
  createTestApp,
  TEST_PASSWORD,
} from "@approdo/server/testing";
import { eq, sql } from "drizzle-orm";
import type { Actor } from "../apps/server/src/platform/authz/actor.ts";
import { users } from "../apps/server/src/platform/db/schema.ts";
import { inTransaction, noMeta } from "../apps/server/src/platform/db/transaction.ts";
import type { BenchEngine } from "./lib/engines.ts";
import { runLoad, runLoadRaw, type Summary, summarize } from "./lib/load.ts";

export interface AuthBenchOptions {
  /** Bounds of each HTTP measurement: this many requests or this many ms, whichever first. */
  maxRequests: number;
  maxMs: number;
  /** Transactions per variant in the audit-overhead measurement. */
  auditN: number;
}

export interface AuditPair {
  without: Summary;
  with: Summary;
  overheadMs: number;
  overheadPct: number;
}

export interface AuthBenchResult {
  signIn: Summary[];
  me: Summary[];
  audit: {
    sequential: AuditPair;
    concurrent: AuditPair & {
      /** Throughput at concurrency 8 ÷ throughput at concurrency 1, per variant. */
      speedupWithout: number;
      speedupWith: number;
      /** PostgreSQL only: mean/max of the 8 transactions waiting on a lock, sampled every ~2 ms. */
      lockWaits?: { without: LockWaits; with: LockWaits };
    };
  };
}

interface LockWaits {
  samples: number;
  meanWaiting: number;
  maxWaiting: number;
}

const USERS = 8;
const COOKIE = "approdo_session=";

async function login(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: TEST_PASSWORD }),
  });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`login: HTTP ${res.status} ${body.slice(0, 200)}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith(COOKIE));
  if (!cookie) throw new Error("login: no session cookie");
  return cookie.split(";")[0] ?? "";
}

async function me(base: string, cookie: string): Promise<void> {
  const res = await fetch(`${base}/api/v1/me`, { headers: { cookie } });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`me: HTTP ${res.status} ${body.slice(0, 200)}`);
}

/** One small write transaction: bump a users row, and optionally append one audit event. */
function touchUser(engine: BenchEngine, actor: Actor, withAudit: boolean): Promise<void> {
  const userId = actor.userId ?? "";
  return inTransaction(engine.database, actor, noMeta, async (ctx) => {
    await ctx.tx
      .update(users)
      .set({ updatedAt: new Date(), version: sql`${users.version} + 1` })
      .where(eq(users.id, userId));
    if (withAudit) ctx.audit({ action: "bench.user_touched", entityType: "user", entityId: userId });
  });
}

function pair(without: Summary, withAudit: Summary): AuditPair {
  const overheadMs = withAudit.meanMs - without.meanMs;
  return { without, with: withAudit, overheadMs, overheadPct: (overheadMs / without.meanMs) * 100 };
}

/** Sequential, interleaved (ABBA per pair of iterations) so drift affects both variants alike. */
async function auditSequential(engine: BenchEngine, actor: Actor, n: number): Promise<AuditPair> {
  for (let i = 0; i < Math.min(100, n); i++) await touchUser(engine, actor, i % 2 === 0);
  const lat: Record<"without" | "with", number[]> = { without: [], with: [] };
  for (let i = 0; i < n; i++) {
    const order = i % 2 === 0 ? [false, true] : [true, false];
    for (const withAudit of order) {
      const s = performance.now();
      await touchUser(engine, actor, withAudit);
      lat[withAudit ? "with" : "without"].push(performance.now() - s);
    }
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return pair(summarize(1, lat.without, sum(lat.without)), summarize(1, lat.with, sum(lat.with)));
}

/** Concurrency 8, each worker on its own users row, so only the audit head row is shared. */
async function auditConcurrent(engine: BenchEngine, actors: Actor[], n: number) {
  const block = (withAudit: boolean, count: number) =>
    runLoadRaw({
      concurrency: actors.length,
      maxRequests: count,
      maxMs: 600_000,
      task: (w) => touchUser(engine, actors[w] as Actor, withAudit),
    });
  await block(false, 100);
  await block(true, 100);
  const runs: Record<"without" | "with", Awaited<ReturnType<typeof block>>[]> = { without: [], with: [] };
  for (const withAudit of [false, true, true, false]) {
    runs[withAudit ? "with" : "without"].push(await block(withAudit, Math.ceil(n / 2)));
  }
  const merge = (rs: Awaited<ReturnType<typeof block>>[]) => {
    const errors = rs.reduce((a, r) => a + r.errors, 0);
    if (errors > 0)
      throw new Error(`audit c8: ${errors} failed transactions: ${rs.find((r) => r.firstError)?.firstError}`);
    return summarize(
      actors.length,
      rs.flatMap((r) => r.latencies),
      rs.reduce((a, r) => a + r.elapsedMs, 0),
    );
  };
  const result = pair(merge(runs.without), merge(runs.with));
  let lockWaits: { without: LockWaits; with: LockWaits } | undefined;
  if (engine.sampleLockWaits) {
    // A separate, untimed pass: the sampler's queries would otherwise perturb the timings above.
    const sampled = async (withAudit: boolean) => {
      const sampler = engine.sampleLockWaits?.();
      await block(withAudit, Math.ceil(n / 2));
      return (await sampler?.stop()) ?? { samples: 0, meanWaiting: 0, maxWaiting: 0 };
    };
    lockWaits = { without: await sampled(false), with: await sampled(true) };
  }
  return { ...result, lockWaits };
}

export async function benchAuth(
  engine: BenchEngine,
  options: AuthBenchOptions,
  progress: (msg: string) => void,
): Promise<AuthBenchResult> {
  const { database } = engine;
  const org = await buildOrganization(database);
  const built: BuiltUser[] = [];
  for (let i = 0; i < USERS; i++)
    built.push(await buildUser(database, { organizationId: org.id, roles: ["operator"] }));
  const actors: Actor[] = built.map((u) => ({
    kind: "user",
    userId: u.id,
    organizationId: u.organizationId,
    roles: u.roles,
  }));
  const testApp = await createTestApp(database);
  try {
    const address = await testApp.app.listen({ port: 0, host: "127.0.0.1" });
    const base = address.replace("localhost", "127.0.0.1");
    const bounds = { maxRequests: options.maxRequests, maxMs: options.maxMs };
    const nameOf = (w: number) => built[w % USERS]?.username ?? "";

    progress("sign-in warm-up");
    await runLoad({
      concurrency: 8,
      maxRequests: 40,
      maxMs: 10_000,
      task: (w) => login(base, nameOf(w)).then(() => {}),
    });
    const signIn: Summary[] = [];
    for (const concurrency of [1, 8]) {
      progress(`sign-in c${concurrency}`);
      signIn.push(
        await runLoad({ concurrency, ...bounds, task: (w) => login(base, nameOf(w)).then(() => {}) }),
      );
    }

    const cookies: string[] = [];
    for (let w = 0; w < USERS; w++) cookies.push(await login(base, nameOf(w)));
    const meTask = (w: number) => me(base, cookies[w % USERS] ?? "");
    progress("/me warm-up");
    await runLoad({ concurrency: 8, maxRequests: 500, maxMs: 10_000, task: meTask });
    const meResults: Summary[] = [];
    for (const concurrency of [1, 8, 32]) {
      progress(`/me c${concurrency}`);
      meResults.push(await runLoad({ concurrency, ...bounds, task: meTask }));
    }

    progress(`audit overhead c1 (${options.auditN} × 2 transactions)`);
    const sequential = await auditSequential(engine, actors[0] as Actor, options.auditN);
    progress(`audit overhead c8 (${options.auditN} × 2 transactions)`);
    const concurrent = await auditConcurrent(engine, actors, options.auditN);
    return {
      signIn,
      me: meResults,
      audit: {
        sequential,
        concurrent: {
          ...concurrent,
          speedupWithout: concurrent.without.perSecond / sequential.without.perSecond,
          speedupWith: concurrent.with.perSecond / sequential.with.perSecond,
        },
      },
    };
  } finally {
    await testApp.close();
  }
}
