/**
 * Approdo benchmark: prints figures, asserts nothing.
 *
 *   npm run bench                                              # auth, PGlite (or both if TEST_DATABASE_URL is set)
 *   bash scripts/with-postgres.sh npm run bench -- --engine both
 *   bash scripts/with-postgres.sh npm run bench -- people --engine postgres --size 1000000
 *
 * Benchmarks (first positional): auth (default), people, cases.
 * Options: --engine pglite|postgres|both, --requests N (2000), --seconds S (20; people: 60),
 * --audit-n N (500), --pglite-storage file|memory (file), --quick (defaults 200 requests, 3 s,
 * N=100, people: 5,000 people and 200 queries: a smoke run).
 * People: --size N (PostgreSQL 1,000,000, PGlite 50,000), --seed N (1), --duplicate-rate R (0.02),
 * --concurrency N (16), --queries N (1000 of each kind), --import-rows N (100,000).
 * Cases: --people N (PostgreSQL 200,000, PGlite 20,000), --cases N (100,000 / 5,000),
 * --services-per-case N (100 / 20: 10,000,000 services on PostgreSQL), --concurrency N (32).
 */
import { cpus, loadavg, totalmem } from "node:os";
import { parseArgs } from "node:util";
import { hashPassword, verifyPassword } from "../apps/server/src/platform/security/passwords.ts";
import { type AuditPair, type AuthBenchResult, benchAuth } from "./auth.ts";
import { benchCases, type CasesBenchOptions } from "./cases.ts";
import { casesReport } from "./cases-report.ts";
import { type EngineKind, openEngine } from "./lib/engines.ts";
import { fmt, rounded, type Summary, table } from "./lib/load.ts";
import { benchPeople, benchPeopleImport, type ImportResult, type PeopleBenchOptions } from "./people.ts";
import { importLine, peopleReport } from "./people-report.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    engine: { type: "string" },
    requests: { type: "string" },
    seconds: { type: "string" },
    "audit-n": { type: "string" },
    "pglite-storage": { type: "string", default: "file" },
    quick: { type: "boolean", default: false },
    size: { type: "string" },
    seed: { type: "string" },
    "duplicate-rate": { type: "string" },
    concurrency: { type: "string" },
    queries: { type: "string" },
    "import-rows": { type: "string" },
    people: { type: "string" },
    cases: { type: "string" },
    "services-per-case": { type: "string" },
  },
});

function positive(name: string, raw: string | undefined): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got "${raw}"`);
  return n;
}

const BENCHMARKS = ["auth", "people", "cases"] as const;
type Benchmark = (typeof BENCHMARKS)[number];
const ENGINE_ARGS = ["pglite", "postgres", "both"];
const benchmarkArgs = positionals.filter((p) => (BENCHMARKS as readonly string[]).includes(p));
const engineArgs = positionals.filter((p) => ENGINE_ARGS.includes(p));
const unknown = positionals.filter((p) => !benchmarkArgs.includes(p) && !engineArgs.includes(p));
if (unknown.length > 0 || benchmarkArgs.length > 1 || engineArgs.length > 1)
  throw new Error(
    `unexpected arguments: ${positionals.join(" ")} (expected: [auth|people] [pglite|postgres|both])`,
  );
const benchmark: Benchmark = (benchmarkArgs[0] as Benchmark | undefined) ?? "auth";

const postgresUrl = process.env.TEST_DATABASE_URL?.trim() || undefined;
// A bare engine name is accepted too: npm swallows an unforwarded `--engine` and passes on its value.
const engineArg = values.engine ?? engineArgs[0] ?? (postgresUrl ? "both" : "pglite");
if (!ENGINE_ARGS.includes(engineArg)) throw new Error("--engine must be pglite, postgres or both");
const engines: EngineKind[] = engineArg === "both" ? ["pglite", "postgres"] : [engineArg as EngineKind];
const storageArg = values["pglite-storage"];
if (storageArg !== "file" && storageArg !== "memory")
  throw new Error("--pglite-storage must be file or memory");
const storage: "file" | "memory" = storageArg;
// --quick only changes the defaults; explicit bounds still win.
const quick = values.quick === true;
const options = {
  maxRequests: positive("requests", values.requests ?? (quick ? "200" : "2000")),
  maxMs: positive("seconds", values.seconds ?? (quick ? "3" : benchmark === "people" ? "60" : "20")) * 1000,
  auditN: positive("audit-n", values["audit-n"] ?? (quick ? "100" : "500")),
};

/** The people benchmark's options for one engine (the default size depends on the engine). */
function peopleOptions(kind: EngineKind): PeopleBenchOptions {
  const defaultSize = quick ? "5000" : kind === "postgres" ? "1000000" : "50000";
  const rate = Number(values["duplicate-rate"] ?? "0.02");
  if (!(rate >= 0 && rate < 0.5)) throw new Error("--duplicate-rate must be in [0, 0.5)");
  return {
    size: Math.round(positive("size", values.size ?? defaultSize)),
    seed: Math.round(positive("seed", values.seed ?? "1")),
    duplicateRate: rate,
    concurrency: Math.round(positive("concurrency", values.concurrency ?? "16")),
    maxRequests: options.maxRequests,
    maxMs: options.maxMs,
    queries: Math.round(positive("queries", values.queries ?? (quick ? "200" : "1000"))),
    importRows: Math.round(positive("import-rows", values["import-rows"] ?? (quick ? "2000" : "100000"))),
  };
}

/** The case benchmark's options for one engine. */
function casesOptions(kind: EngineKind): CasesBenchOptions {
  const pg = kind === "postgres";
  return {
    people: Math.round(positive("people", values.people ?? (quick ? "5000" : pg ? "200000" : "20000"))),
    cases: Math.round(positive("cases", values.cases ?? (quick ? "1000" : pg ? "100000" : "5000"))),
    servicesPerCase: positive(
      "services-per-case",
      values["services-per-case"] ?? (quick ? "10" : pg ? "100" : "20"),
    ),
    seed: Math.round(positive("seed", values.seed ?? "1")),
    concurrency: Math.round(positive("concurrency", values.concurrency ?? "32")),
    maxRequests: options.maxRequests,
    maxMs: options.maxMs,
  };
}

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? "unknown",
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
};

const progress = (msg: string) => process.stderr.write(`  … ${msg}\n`);

function httpRow(name: string, s: Summary): string[] {
  return [
    name,
    String(s.concurrency),
    String(s.count),
    String(s.errors),
    fmt(s.perSecond),
    fmt(s.p50Ms, 2),
    fmt(s.p95Ms, 2),
  ];
}

function auditRows(p: AuditPair): string[][] {
  const row = (name: string, s: Summary) => [
    name,
    String(s.concurrency),
    String(s.count),
    fmt(s.perSecond),
    fmt(s.meanMs, 3),
    fmt(s.p50Ms, 3),
    fmt(s.p95Ms, 3),
  ];
  return [row("without audit event", p.without), row("with 1 audit event", p.with)];
}

const load1 = () => loadavg()[0] ?? 0;
/** One argon2id verify on an idle machine of the project's kind, as measured for the stack decision. */
const IDLE_ARGON2_MS = 12;

/** Mean ms of one argon2id verify, alone: a gauge of how much CPU the machine had to spare. */
async function argon2Gauge(): Promise<number> {
  const hash = await hashPassword("gauge");
  const t = performance.now();
  for (let i = 0; i < 10; i++) await verifyPassword(hash, "gauge");
  return (performance.now() - t) / 10;
}

interface Conditions {
  load1Before: number;
  load1After: number;
  argon2MsBefore: number;
  argon2MsAfter: number;
}

function report(label: string, r: AuthBenchResult, c: Conditions): string {
  const { sequential: seq, concurrent: con } = r.audit;
  const overhead = (p: AuditPair) =>
    `${p.overheadMs >= 0 ? "+" : ""}${fmt(p.overheadMs, 3)} ms (${p.overheadPct >= 0 ? "+" : ""}${fmt(p.overheadPct)} %)`;
  const lines = [
    `== ${label} ==`,
    `machine: 1-min load ${fmt(c.load1Before, 2)} before, ${fmt(c.load1After, 2)} after (${machine.cpus} cores); ` +
      `argon2id verify alone ${fmt(c.argon2MsBefore)} ms before, ${fmt(c.argon2MsAfter)} ms after` +
      (Math.max(c.argon2MsBefore, c.argon2MsAfter) > IDLE_ARGON2_MS * 1.5
        ? `\n  ⚠ argon2id alone took over ${IDLE_ARGON2_MS * 1.5} ms (~${IDLE_ARGON2_MS} ms when idle): other work was using the CPUs, figures are pessimistic`
        : ""),
    "",
    "HTTP over loopback (fetch/undici in the same process), bounded by requests or time",
    table(
      ["endpoint", "conc", "requests", "errors", "req/s", "p50 ms", "p95 ms"],
      [
        ...r.signIn.map((s) => httpRow("POST /api/v1/auth/login (argon2id)", s)),
        ...r.me.map((s) => httpRow("GET /api/v1/me (session cookie)", s)),
      ],
    ),
    "",
    "Audit write overhead: one transaction = UPDATE of one users row (+ one hash-chained audit event)",
    table(
      ["variant", "conc", "tx", "tx/s", "mean ms", "p50 ms", "p95 ms"],
      [...auditRows(seq), ...auditRows(con)],
    ),
    `overhead at concurrency 1: ${overhead(seq)} per transaction (mean)`,
    `overhead at concurrency 8: ${overhead(con)} per transaction (mean latency)`,
    `throughput c8 ÷ c1: without audit ×${fmt(con.speedupWithout, 2)}, with audit ×${fmt(con.speedupWith, 2)}` +
      `; with audit c8 ÷ without audit c8 = ${fmt((con.with.perSecond / con.without.perSecond) * 100)} %`,
  ];
  if (con.lockWaits) {
    const w = con.lockWaits;
    lines.push(
      `transactions waiting on a lock at c8 (pg_stat_activity every ~2 ms, separate pass): ` +
        `without audit mean ${fmt(w.without.meanWaiting, 2)} max ${w.without.maxWaiting}; ` +
        `with audit mean ${fmt(w.with.meanWaiting, 2)} max ${w.with.maxWaiting} (of 8)`,
    );
  } else {
    lines.push("PGlite has one session: every transaction already waits for the previous one, audit or not.");
  }
  return lines.join("\n");
}

async function runAuth(): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  for (const kind of engines) {
    process.stderr.write(`${kind}: opening and migrating\n`);
    const engine = await openEngine(kind, { pgliteStorage: storage, postgresUrl });
    try {
      const load1Before = load1();
      const argon2MsBefore = await argon2Gauge();
      const r = await benchAuth(engine, options, progress);
      const conditions = {
        load1Before,
        load1After: load1(),
        argon2MsBefore,
        argon2MsAfter: await argon2Gauge(),
      };
      console.log(`\n${report(engine.label, r, conditions)}`);
      results[kind] = { label: engine.label, versions: engine.versions, conditions, ...r };
    } finally {
      await engine.close();
    }
  }
  return results;
}

async function runPeople(): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  for (const kind of engines) {
    process.stderr.write(`${kind}: opening and migrating\n`);
    const engine = await openEngine(kind, { pgliteStorage: storage, postgresUrl });
    let keepOpen = false;
    try {
      const peopleOpts = peopleOptions(kind);
      const load1Before = load1();
      const argon2MsBefore = await argon2Gauge();
      const r = await benchPeople(engine, peopleOpts, progress);
      const conditions = {
        load1Before,
        load1After: load1(),
        argon2MsBefore,
        argon2MsAfter: await argon2Gauge(),
      };
      console.log(
        [
          "",
          `== ${engine.label}: people ==`,
          `machine: 1-min load ${fmt(conditions.load1Before, 2)} before, ${fmt(conditions.load1After, 2)} after (${machine.cpus} cores); ` +
            `argon2id verify alone ${fmt(conditions.argon2MsBefore)} ms before, ${fmt(conditions.argon2MsAfter)} ms after` +
            (Math.max(conditions.argon2MsBefore, conditions.argon2MsAfter) > IDLE_ARGON2_MS * 1.5
              ? `\n  ⚠ argon2id alone took over ${IDLE_ARGON2_MS * 1.5} ms (~${IDLE_ARGON2_MS} ms when idle): other work was using the CPUs, figures are pessimistic`
              : ""),
          `options: ${JSON.stringify(peopleOpts)}`,
          ...peopleReport(kind, r),
        ].join("\n"),
      );
      // Printed before the import, which can take minutes.
      const imported: ImportResult =
        kind === "postgres"
          ? await benchPeopleImport(engine, r.importAs, peopleOpts.importRows, peopleOpts.seed, progress)
          : { skipped: "PostgreSQL only" };
      console.log(importLine(imported));
      if ("leftRunning" in imported && imported.leftRunning) {
        // Closing the pool under the running import job would crash this process; the throwaway
        // cluster goes with the database when the process exits.
        console.log("(the import job is left running: the benchmark database is not dropped, exit follows)");
        keepOpen = true;
      }
      // The labels and plans are in the text above; the JSON keeps the figures.
      const { labels: _labels, ...generation } = r.generation;
      results[kind] = {
        label: engine.label,
        versions: engine.versions,
        conditions,
        options: peopleOpts,
        ...r,
        generation,
        explain: undefined,
        importAs: undefined,
        import: imported,
      };
    } finally {
      if (!keepOpen) await engine.close();
    }
  }
  return results;
}

async function runCases(): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  for (const kind of engines) {
    process.stderr.write(`${kind}: opening and migrating\n`);
    const engine = await openEngine(kind, { pgliteStorage: storage, postgresUrl });
    try {
      const casesOpts = casesOptions(kind);
      const load1Before = load1();
      const argon2MsBefore = await argon2Gauge();
      const r = await benchCases(engine, casesOpts, progress);
      const conditions = {
        load1Before,
        load1After: load1(),
        argon2MsBefore,
        argon2MsAfter: await argon2Gauge(),
      };
      console.log(
        [
          "",
          `== ${engine.label}: cases ==`,
          `machine: 1-min load ${fmt(conditions.load1Before, 2)} before, ${fmt(conditions.load1After, 2)} after (${machine.cpus} cores); ` +
            `argon2id verify alone ${fmt(conditions.argon2MsBefore)} ms before, ${fmt(conditions.argon2MsAfter)} ms after`,
          `options: ${JSON.stringify(casesOpts)}`,
          ...casesReport(r),
        ].join("\n"),
      );
      results[kind] = {
        label: engine.label,
        versions: engine.versions,
        conditions,
        options: casesOpts,
        ...r,
      };
    } finally {
      await engine.close();
    }
  }
  return results;
}

async function main(): Promise<void> {
  console.log(
    `Approdo bench (${benchmark}) — ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ` +
      `bounds: ${options.maxRequests} requests or ${options.maxMs / 1000} s per HTTP figure` +
      (benchmark === "auth" ? `, audit N=${options.auditN}` : ""),
  );
  const results =
    benchmark === "people" ? await runPeople() : benchmark === "cases" ? await runCases() : await runAuth();
  const json = { benchmark, measuredAt: new Date().toISOString(), machine, options, engines: results };
  console.log(`\nBENCH_JSON ${JSON.stringify(rounded(json))}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
