/** The people benchmark's text report (bench/people.ts measures, this prints). */
import { fmt, type Summary, table } from "./lib/load.ts";
import type { ImportResult, PeopleBenchResult } from "./people.ts";

/** The issue's targets, by engine: p95 of matches and of the name search at 16 clients, in ms. */
export const PEOPLE_TARGETS = {
  postgres: { matches: 30, search: 50 },
  pglite: { matches: 100, search: 100 },
} as const;

const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : "n/a");
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function httpRow(name: string, s: Summary, target?: number): string[] {
  return [
    name,
    String(s.concurrency),
    String(s.count),
    String(s.errors),
    fmt(s.perSecond),
    fmt(s.p50Ms, 1),
    fmt(s.p95Ms, 1),
    fmt(s.p99Ms, 1),
    target === undefined ? "" : `≤ ${target}: ${s.p95Ms <= target ? "met" : "MISSED"}`,
  ];
}

export function peopleReport(kind: "pglite" | "postgres", r: PeopleBenchResult): string[] {
  const g = r.generation;
  const target = PEOPLE_TARGETS[kind];
  const rows = Object.values(g.rows).reduce((a, b) => a + b, 0);
  const lines = [
    `Data: ${r.size.toLocaleString("en")} people generated and written by ${g.method === "copy" ? "COPY" : "multi-row INSERT"} ` +
      `(${g.peopleInMainOrg.toLocaleString("en")} in the operators' organisation, ${g.labels.length.toLocaleString("en")} planted duplicates, ` +
      `${g.labelsInMainOrg.toLocaleString("en")} of them there)`,
    `  rows: ${Object.entries(g.rows)
      .map(([t, n]) => `${t} ${n.toLocaleString("en")}`)
      .join(", ")}`,
    `  time: generate + write ${secs(g.ms.write)} (${fmt(g.people / (g.ms.write / 1000), 0)} people/s, ` +
      `${fmt(rows / (g.ms.write / 1000), 0)} rows/s), build ${g.indexes.length} indexes ${secs(g.ms.indexes)}, ` +
      `VACUUM ANALYZE ${secs(g.ms.vacuum)}; total ${secs(g.ms.total)}`,
    `  write phase in this process: generating ${secs(g.phases.generateMs)}, ${g.method === "copy" ? "COPY text" : "parameters"} ` +
      `${secs(g.phases.serializeMs)}, waiting for the database ${secs(g.phases.waitMs)}` +
      (g.method === "copy" ? " (the server ingests one round while the next is generated)" : ""),
    `  slowest index builds: ${[...g.indexes]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 4)
      .map((i) => `${i.name} ${secs(i.ms)}`)
      .join(", ")}`,
    "",
    "HTTP over loopback as operators of that organisation (matches: limit 10; search: limit 50), bounded by requests or time",
    table(
      ["endpoint", "conc", "requests", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "target (p95)"],
      [
        httpRow("POST /api/v1/people/matches", r.matches.c1),
        httpRow("POST /api/v1/people/matches", r.matches.cN, target.matches),
        httpRow("GET /api/v1/people?q=…", r.search.c1),
        httpRow("GET /api/v1/people?q=…", r.search.cN, target.search),
      ],
    ),
  ];
  if (r.breakdown) {
    const b = (name: string, x: { statements: number; sqlMs: number; totalMs: number }) =>
      `  ${name}: ${fmt(x.totalMs, 1)} ms per request = ${fmt(x.sqlMs, 1)} ms waiting for ${fmt(x.statements, 1)} SQL statements ` +
      `+ ${fmt(x.totalMs - x.sqlMs, 1)} ms in Node (HTTP, session, validation, scoring, JSON, audit hashing)`;
    lines.push(
      "Where a request's time goes at concurrency 1 (means, node-postgres calls timed in process):",
      b("matches", r.breakdown.matches),
      b("search", r.breakdown.search),
    );
  }
  lines.push(
    "",
    "Name search by kind of query (concurrency 1): latency, and whether the person is on the first page",
    table(
      ["query", "n", "p50 ms", "p95 ms", "found"],
      Object.entries(r.search.byKind).map(([k, s]) => [
        k,
        String(s.n),
        fmt(s.p50Ms, 1),
        fmt(s.p95Ms, 1),
        pct(s.found),
      ]),
    ),
    "",
  );
  const q = r.quality;
  lines.push(
    `Duplicate detection on the planted duplicates (${q.duplicateQueries} queries: the duplicate's data, its own record excluded) ` +
      `and random people (${q.randomQueries} queries: their own data, their record excluded)`,
    `  recall: top-1 ${pct(q.top1Recall)}, top-5 ${pct(q.top5Recall)}`,
    table(
      [
        "score ≥",
        "returned",
        "correct",
        "precision",
        "recall",
        "wrong: namesakes (same name, birth year ±1)",
      ],
      Object.entries(q.precision).map(([t, p]) => [
        t,
        String(p.returned),
        String(p.correct),
        pct(p.precision),
        pct(p.recall),
        String(p.namesakes),
      ]),
    ),
    "  by what was changed (a duplicate can have several changes):",
    table(
      ["change", "n", "top-1", "top-5"],
      Object.entries(q.byChange)
        .sort((a, b) => b[1].n - a[1].n)
        .map(([c, s]) => [c, String(s.n), pct(s.top1 / s.n), pct(s.top5 / s.n)]),
    ),
  );
  if (q.misses.length > 0)
    lines.push("  examples of misses (not in the top 5):", ...q.misses.map((m) => `    ${m}`));
  if (q.falsePositives.length > 0)
    lines.push("  examples of wrong candidates at score ≥ 0.85:", ...q.falsePositives.map((m) => `    ${m}`));
  lines.push("");
  if (r.explain.length > 0) {
    lines.push(
      "",
      "EXPLAIN (ANALYZE, BUFFERS) of the slowest queries at concurrency 1, as the app runs them (auto_explain, nested statements):",
    );
    lines.push(...r.explain);
  }
  return lines;
}

export function importLine(r: ImportResult): string {
  if ("skipped" in r) return `import benchmark: ${r.skipped}`;
  return (
    `import benchmark: ${r.rows.toLocaleString("en")}-row CSV in ${fmt(r.seconds, 1)} s ` +
    `(${fmt(r.rowsPerSecond, 0)} rows/s, upload to completed` +
    (r.checkedSeconds === null ? "" : `; every row checked after ${fmt(r.checkedSeconds, 1)} s`) +
    `), ${r.accepted} accepted, ${r.rejected} rejected`
  );
}
