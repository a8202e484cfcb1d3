import type { CasesBenchResult } from "./cases.ts";
import { fmt, table } from "./lib/load.ts";

/** The p95 targets (ms) at 32 concurrent clients on PostgreSQL. */
export const CASE_TARGETS: Record<string, number> = {
  "case page": 50,
  "record a service": 20,
  caseload: 100,
};

export function casesReport(r: CasesBenchResult): string[] {
  const g = r.generation;
  const rows = Object.entries(g.rows)
    .map(([t, n]) => `${t} ${n.toLocaleString("en")}`)
    .join(", ");
  const steps = Object.entries(g.seconds.byStep)
    .map(([s, sec]) => `${s} ${fmt(sec)} s`)
    .join(", ");
  const lines = [
    `Data: ${r.people.toLocaleString("en")} people in ${fmt(r.peopleSeconds)} s; cases generated in ${fmt(g.seconds.total)} s (indexes ${fmt(g.indexSeconds)} s)`,
    `  rows: ${rows}`,
    `  steps: ${steps}`,
    "",
    "HTTP over loopback (case page = GET /cases/{id} + GET /cases/{id}/timeline?limit=20; record = POST /cases/{id}/services; caseload = GET /cases/caseload as the coordinator)",
    "and the same use-case called in process inside its transaction (no HTTP, no session lookup):",
  ];
  const header = [
    "operation",
    "conc",
    "requests",
    "errors",
    "req/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "direct p95",
    "ratio",
    "target (p95)",
  ];
  const body = Object.entries(r.http).map(([name, s]) => {
    const d = r.direct[name];
    const target = CASE_TARGETS[name];
    return [
      name,
      String(s.concurrency),
      String(s.count),
      String(s.errors),
      fmt(s.perSecond),
      fmt(s.p50Ms),
      fmt(s.p95Ms),
      fmt(s.p99Ms),
      d ? fmt(d.p95Ms) : "—",
      d && d.p95Ms > 0 ? `${fmt(s.p95Ms / d.p95Ms, 2)}×` : "—",
      target ? `≤ ${target}: ${s.p95Ms <= target ? "met" : "MISSED"}` : "",
    ];
  });
  lines.push(table(header, body));
  const errs = Object.entries(r.http).filter(([, s]) => s.firstError);
  for (const [name, s] of errs) lines.push(`  first error (${name}): ${s.firstError}`);
  return lines;
}
