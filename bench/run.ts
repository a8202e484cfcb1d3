/**
 * Approdo benchmark: prints figures, asserts nothing.
 *
 *   npm run bench                                              # PGlite (or both if TEST_DATABASE_URL is set)
 *   bash scripts/with-postgres.sh npm run bench -- --engine both
 *
 * Options: --engine pglite|postgres|both, --requests N (2000), --seconds S (20), --audit-n N (500),
 * --pglite-storage file|memory (file), --quick (defaults 200 requests, 3 s, N=100: a smoke run).
 */
import { cpus, loadavg, totalmem } from "node:os";
import { parseArgs } from "node:util";
import { hashPassword, verifyPassword } from "../apps/server/src/platform/security/passwords.ts";
import { type AuditPair, type AuthBenchResult, benchAuth } from "./auth.ts";
import { type EngineKind, openEngine } from "./lib/engines.ts";
import { fmt, rounded, type Summary, table } from "./lib/load.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    engine: { type: "string" },
    requests: { type: "string" },
    seconds: { type: "string" },
    "audit-n": { type: "string" },
    "pglite-storage": { type: "string", default: "file" },
    quick: { type: "boolean", default: false },
  },
});

function positive(name: string, raw: string | undefined): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got "${raw}"`);
  return n;
}

const postgresUrl = process.env.TEST_DATABASE_URL?.trim() || undefined;
// A bare engine name is accepted too: npm swallows an unforwarded `--engine` and passes on its value.
const engineArg = values.engine ?? positionals[0] ?? (postgresUrl ? "both" : "pglite");
if (positionals.length > 1) throw new Error(`unexpected arguments: ${positionals.join(" ")}`);
if (!["pglite", "postgres", "both"].includes(engineArg))
  throw new Error("--engine must be pglite, postgres or both");
const engines: EngineKind[] = engineArg === "both" ? ["pglite", "postgres"] : [engineArg as EngineKind];
const storageArg = values["pglite-storage"];
if (storageArg !== "file" && storageArg !== "memory")
  throw new Error("--pglite-storage must be file or memory");
const storage: "file" | "memory" = storageArg;
// --quick only changes the defaults; explicit bounds still win.
const quick = values.quick === true;
const options = {
  maxRequests: positive("requests", values.requests ?? (quick ? "200" : "2000")),
  maxMs: positive("seconds", values.seconds ?? (quick ? "3" : "20")) * 1000,
  auditN: positive("audit-n", values["audit-n"] ?? (quick ? "100" : "500")),
};

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

async function main(): Promise<void> {
  console.log(
    `Approdo bench — ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ` +
      `bounds: ${options.maxRequests} requests or ${options.maxMs / 1000} s per HTTP figure, audit N=${options.auditN}`,
  );
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
  const json = { measuredAt: new Date().toISOString(), machine, options, engines: results };
  console.log(`\nBENCH_JSON ${JSON.stringify(rounded(json))}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
