/**
 * People benchmark: generates N people straight into the database (bench/generator), then
 * measures over HTTP, through the real app on 127.0.0.1, as signed-in operators of the
 * organisation that owns most of the data:
 * - POST /api/v1/people/matches and GET /api/v1/people?q=… latency at 16 concurrent clients
 *   (and 1, for reference), with queries drawn from the planted duplicates and random people;
 * - the matcher's precision and recall on the planted, labelled duplicates;
 * - on PostgreSQL, EXPLAIN (ANALYZE, BUFFERS) of the slowest queries, as the app runs them;
 * - the import of a 100,000-row CSV, when the imports module exists.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  type BuiltUser,
  buildOrganization,
  buildUser,
  createTestApp,
  TEST_PASSWORD,
  type TestApp,
} from "@approdo/server/testing";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { findPersonMatches } from "../apps/server/src/modules/people/use-cases/find-person-matches.ts";
import { listPeopleForActor } from "../apps/server/src/modules/people/use-cases/list-people.ts";
import { type Actor, dbScope } from "../apps/server/src/platform/authz/actor.ts";
import type { Tx } from "../apps/server/src/platform/db/database.ts";
import * as schema from "../apps/server/src/platform/db/schema.ts";
import { noMeta, type TxContext } from "../apps/server/src/platform/db/transaction.ts";
import {
  type BenchOrganization,
  type DuplicateChange,
  type DuplicateLabel,
  type GeneratedPerson,
  generatePeople,
  type LoadReport,
  loadPeople,
  type MatchQueryBody,
  Rng,
} from "./generator/index.ts";
import type { BenchEngine } from "./lib/engines.ts";
import { runLoad, type Summary, summarize } from "./lib/load.ts";
import { meterPgQueries, type SqlMeter } from "./lib/sql-meter.ts";

export interface PeopleBenchOptions {
  /** People to generate (planted duplicates included). */
  size: number;
  seed: number;
  duplicateRate: number;
  /** Concurrent HTTP clients of the main figures. */
  concurrency: number;
  /** Bounds of each HTTP figure: this many requests or this many ms, whichever first. */
  maxRequests: number;
  maxMs: number;
  /** Labelled duplicate queries and random-person queries of the quality pass (each). */
  queries: number;
  /** Rows of the CSV import figure (PostgreSQL only). */
  importRows: number;
}

export interface MatchQuality {
  duplicateQueries: number;
  randomQueries: number;
  /** The original is the first candidate / among the first five. */
  top1Recall: number;
  top5Recall: number;
  /** Per threshold: candidates at or above it over both query sets, and how many were right. */
  precision: Record<
    string,
    { returned: number; correct: number; precision: number; recall: number; namesakes: number }
  >;
  byChange: Record<string, { n: number; top1: number; top5: number }>;
  /** Where the original was missed at top 5, a few examples (query → original). */
  misses: string[];
  /** Wrong candidates at score ≥ 0.85, a few examples. */
  falsePositives: string[];
}

export interface SearchKindStats {
  n: number;
  p50Ms: number;
  p95Ms: number;
  /** The wanted person (or a record of theirs) is on the first page. */
  found: number;
}

/** Means per request at concurrency 1 (PostgreSQL): SQL statements sent, time waiting for their answers. */
export interface RequestBreakdown {
  requests: number;
  statements: number;
  sqlMs: number;
  totalMs: number;
}

export type ImportResult =
  | { skipped: string; leftRunning?: boolean }
  | {
      /** Set when a job was still active at the end (the caller must not close the database). */
      leftRunning?: boolean;
      rows: number;
      seconds: number;
      /** Upload to every row checked (file parsing, validation, duplicates against the registry). */
      checkedSeconds: number | null;
      rowsPerSecond: number;
      accepted: number;
      rejected: number;
      status: string;
    };

export interface PeopleBenchResult {
  size: number;
  breakdown?: { matches: RequestBreakdown; search: RequestBreakdown };
  generation: LoadReport & { labelsInMainOrg: number; peopleInMainOrg: number };
  matches: { c1: Summary; cN: Summary };
  search: { c1: Summary; cN: Summary; byKind: Record<string, SearchKindStats> };
  quality: MatchQuality;
  explain: string[];
  /** An operator of the organisation, for benchPeopleImport. */
  importAs: string;
}

const COOKIE = "approdo_session=";
const THRESHOLDS = [0.7, 0.85];
const SEARCH_LIMIT = 50;

interface Session {
  cookie: string;
  csrf: string;
}

async function login(base: string, username: string): Promise<Session> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: TEST_PASSWORD }),
  });
  const body = (await res.json()) as { csrfToken?: string };
  if (res.status !== 200) throw new Error(`login: HTTP ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith(COOKIE));
  if (!cookie || !body.csrfToken) throw new Error("login: no session cookie or CSRF token");
  return { cookie: cookie.split(";")[0] ?? "", csrf: body.csrfToken };
}

interface Candidate {
  personId: string;
  score: number;
  reasons: string[];
  person: { givenName: string; familyName: string; birthYear: number | null; citizenship: string | null };
}

type MatchBody = Omit<Partial<MatchQueryBody>, "birthDate" | "taxCode"> & {
  givenName: string;
  familyName: string;
  birthDate?: string;
  taxCode?: string;
  excludeId: string;
  limit: number;
};

async function postMatches(base: string, s: Session, body: MatchBody): Promise<Candidate[]> {
  const res = await fetch(`${base}/api/v1/people/matches`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: s.cookie, "x-csrf-token": s.csrf },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`matches: HTTP ${res.status} ${text.slice(0, 200)}`);
  return (JSON.parse(text) as { candidates: Candidate[] }).candidates;
}

async function getSearch(base: string, s: Session, q: string): Promise<string> {
  const url = `${base}/api/v1/people?q=${encodeURIComponent(q)}&limit=${SEARCH_LIMIT}`;
  const res = await fetch(url, { headers: { cookie: s.cookie } });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`search: HTTP ${res.status} ${text.slice(0, 200)}`);
  return text;
}

function matchBody(q: MatchQueryBody, excludeId: string): MatchBody {
  return {
    givenName: q.givenName,
    familyName: q.familyName,
    birthYear: q.birthYear,
    citizenship: q.citizenship,
    sex: q.sex,
    ...(q.birthDate ? { birthDate: q.birthDate } : {}),
    ...(q.taxCode ? { taxCode: q.taxCode } : {}),
    excludeId,
    limit: 10,
  };
}

function queryOf(p: SampledPerson): MatchQueryBody {
  return {
    givenName: p.givenName,
    familyName: p.familyName,
    birthDate: p.birthDate,
    birthYear: p.birthYear,
    citizenship: p.citizenship,
    sex: p.sex,
    taxCode: p.taxCode,
  };
}

type SampledPerson = Pick<
  GeneratedPerson,
  "id" | "givenName" | "familyName" | "birthDate" | "birthYear" | "citizenship" | "sex" | "taxCode" | "names"
>;

/** A uniform sample (Algorithm R) of the main organisation's people who are not planted duplicates. */
class Reservoir {
  readonly items: SampledPerson[] = [];
  private seen = 0;
  constructor(
    private readonly capacity: number,
    private readonly rng: Rng,
  ) {}
  offer(p: GeneratedPerson): void {
    this.seen += 1;
    const item: SampledPerson = {
      id: p.id,
      givenName: p.givenName,
      familyName: p.familyName,
      birthDate: p.birthDate,
      birthYear: p.birthYear,
      citizenship: p.citizenship,
      sex: p.sex,
      taxCode: p.taxCode,
      names: p.names,
    };
    if (this.items.length < this.capacity) this.items.push(item);
    else {
      const j = this.rng.int(this.seen);
      if (j < this.capacity) this.items[j] = item;
    }
  }
}

function shuffle<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

// ---- quality -------------------------------------------------------------------------------------

const norm = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, " ")
    .trim();

interface QualityQuery {
  kind: "duplicate" | "random";
  body: MatchBody;
  /** The person the query describes, as a cluster id (the original of a duplicate). */
  cluster: string;
  /** The registered person the query is about (a duplicate's original), for spotting namesakes. */
  person: { givenName: string; familyName: string; birthYear: number };
  changes: DuplicateChange[];
  describe: string;
}

function evaluate(
  queries: readonly QualityQuery[],
  results: readonly (Candidate[] | null)[],
  clusterOf: (id: string) => string,
): MatchQuality {
  const byChange: MatchQuality["byChange"] = {};
  const precision: MatchQuality["precision"] = {};
  for (const t of THRESHOLDS)
    precision[t.toFixed(2)] = { returned: 0, correct: 0, precision: 0, recall: 0, namesakes: 0 };
  let dupN = 0;
  let top1 = 0;
  let top5 = 0;
  const foundAt: Record<string, number> = {};
  const misses: string[] = [];
  const falsePositives: string[] = [];
  for (const [i, q] of queries.entries()) {
    const candidates = results[i];
    if (!candidates) continue;
    const right = (c: Candidate) => clusterOf(c.personId) === q.cluster;
    if (q.kind === "duplicate") {
      dupN += 1;
      const rank = candidates.findIndex(right);
      const hit1 = rank === 0;
      const hit5 = rank >= 0 && rank < 5;
      if (hit1) top1 += 1;
      if (hit5) top5 += 1;
      else if (misses.length < 12) {
        const best = candidates[0];
        misses.push(
          `${q.describe} [${q.changes.join(",")}]: ${rank < 0 ? "not returned" : `rank ${rank + 1}`}` +
            (best && !right(best)
              ? `; first: ${best.person.givenName} ${best.person.familyName} ${best.person.birthYear ?? "?"} (${best.score})`
              : ""),
        );
      }
      for (const t of THRESHOLDS) {
        if (candidates.some((c) => right(c) && c.score >= t))
          foundAt[t.toFixed(2)] = (foundAt[t.toFixed(2)] ?? 0) + 1;
      }
      for (const change of q.changes) {
        const s = byChange[change] ?? { n: 0, top1: 0, top5: 0 };
        byChange[change] = s;
        s.n += 1;
        if (hit1) s.top1 += 1;
        if (hit5) s.top5 += 1;
      }
    }
    const personName = new Set([
      `${norm(q.person.givenName)}|${norm(q.person.familyName)}`,
      `${norm(q.person.familyName)}|${norm(q.person.givenName)}`,
    ]);
    for (const t of THRESHOLDS) {
      const p = precision[t.toFixed(2)];
      if (!p) continue;
      for (const c of candidates) {
        if (c.score < t) continue;
        p.returned += 1;
        if (right(c)) p.correct += 1;
        else if (t === 0.85 && falsePositives.length < 10)
          falsePositives.push(
            `${q.kind} ${q.describe} ${q.body.birthDate ?? q.body.birthYear} → ${c.person.givenName} ${c.person.familyName} ` +
              `${c.person.birthYear ?? "?"} ${c.person.citizenship ?? "?"} (${c.score}: ${c.reasons.join(", ")})`,
          );
        if (right(c)) continue;
        // A namesake: written exactly like the person, born the same year or the one before or after.
        if (
          personName.has(`${norm(c.person.givenName)}|${norm(c.person.familyName)}`) &&
          c.person.birthYear !== null &&
          Math.abs(c.person.birthYear - q.person.birthYear) <= 1
        )
          p.namesakes += 1;
      }
    }
  }
  for (const t of THRESHOLDS) {
    const p = precision[t.toFixed(2)];
    if (!p) continue;
    p.precision = p.returned ? p.correct / p.returned : Number.NaN;
    p.recall = dupN ? (foundAt[t.toFixed(2)] ?? 0) / dupN : Number.NaN;
  }
  return {
    duplicateQueries: dupN,
    randomQueries: queries.length - dupN,
    top1Recall: dupN ? top1 / dupN : Number.NaN,
    top5Recall: dupN ? top5 / dupN : Number.NaN,
    precision,
    byChange,
    misses,
    falsePositives,
  };
}

// ---- EXPLAIN through auto_explain -----------------------------------------------------------------

/**
 * Runs the app's own use case (the same repository SQL, the same SECURITY DEFINER functions) in
 * a transaction set up like inTransaction's, as app_user with the operator's scope, on a
 * connection with auto_explain logging every statement, nested ones included, to the client.
 */
async function explainAsApp(
  url: string,
  actor: Actor,
  run: (ctx: TxContext) => Promise<unknown>,
): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const plans: string[] = [];
  client.on("notice", (n) => {
    if (n.message) plans.push(n.message);
  });
  try {
    await client.query(`load 'auto_explain'`);
    await client.query(
      "set auto_explain.log_min_duration = 1; set auto_explain.log_analyze = on; set auto_explain.log_buffers = on; " +
        "set auto_explain.log_nested_statements = on; set auto_explain.log_level = 'notice'; set auto_explain.log_timing = on",
    );
    const db = drizzle(client, { schema });
    const once = () =>
      db.transaction(async (tx) => {
        await tx.execute(
          sql`select set_config('role', 'app_user', true), set_config('app.scope', ${dbScope(actor)}, true), set_config('app.org_ids', ${actor.organizationId ?? ""}, true), set_config('app.user_id', ${actor.userId ?? ""}, true), set_config('app.special', '0', true)`,
        );
        await run({ tx: tx as unknown as Tx, actor, meta: noMeta, audit: () => {} });
      });
    await once(); // warm the caches; the second run is the one shown
    plans.length = 0;
    await once();
  } finally {
    await client.end();
  }
  // The plans of the statements that read people (not set_config, BEGIN/COMMIT).
  return plans.filter((p) => /people|person_names/.test(p) && !/set_config/.test(p));
}

// ---- import -------------------------------------------------------------------------------------

const IMPORTS_DIR = join(import.meta.dirname, "..", "apps", "server", "src", "modules", "imports");

function csvCell(v: string | number | null): string {
  const s = v === null ? "" : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The generator's people as an Italian office's spreadsheet (dates gg/mm/aaaa, 00/00/aaaa for a year). */
export function peopleCsv(rows: number, seed: number): string {
  const header = [
    "Cognome",
    "Nome",
    "Sesso",
    "Data di nascita",
    "Cittadinanza",
    "Paese di nascita",
    "Codice fiscale",
    "Telefono",
    "Nucleo",
    "Relazione",
  ];
  const lines = [header.join(",")];
  const member = new Map<string, { household: string; relation: string }>();
  for (const batch of generatePeople({ count: rows, seed, duplicateRate: 0 })) {
    for (const h of batch.households)
      for (const m of h.members) member.set(m.personId, { household: h.id.slice(-12), relation: m.relation });
    for (const p of batch.people) {
      const birth = p.birthDate
        ? `${p.birthDate.slice(8, 10)}/${p.birthDate.slice(5, 7)}/${p.birthDate.slice(0, 4)}`
        : `00/00/${p.birthYear}`;
      const m = member.get(p.id);
      lines.push(
        [
          p.familyName,
          p.givenName,
          p.sex === "female" ? "F" : "M",
          birth,
          p.citizenship,
          p.countryOfBirth,
          p.taxCode,
          p.phone,
          m?.household ?? null,
          m?.relation ?? null,
        ]
          .map(csvCell)
          .join(","),
      );
      member.delete(p.id);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The import is polled once a second for at most this long. */
const IMPORT_CAP_MS = 30 * 60_000;

export const IMPORT_MAPPING = {
  Cognome: "familyName",
  Nome: "givenName",
  Sesso: "sex",
  "Data di nascita": "birthDate",
  Cittadinanza: "citizenship",
  "Paese di nascita": "countryOfBirth",
  "Codice fiscale": "taxCode",
  Telefono: "phone",
  Nucleo: "householdKey",
  Relazione: "householdRelation",
};

/**
 * The import of a `rows`-row CSV through the imports API, upload to completed (or the cap). The
 * import runs in the job worker: an app of its own, with the workers started.
 */
export async function benchPeopleImport(
  engine: BenchEngine,
  username: string,
  rows: number,
  seed: number,
  progress: (m: string) => void,
): Promise<ImportResult> {
  if (!existsSync(IMPORTS_DIR)) return { skipped: "module not available yet" };
  const testApp = await createTestApp(engine.database, { work: true });
  let result: ImportResult = { skipped: "not started" };
  try {
    const address = await testApp.app.listen({ port: 0, host: "127.0.0.1" });
    const base = address.replace("localhost", "127.0.0.1");
    result = await runImport(base, await login(base, username), rows, seed, progress);
    // A job past pg-boss's expiry (15 min by default) is retried while the first run goes on:
    // wait for the workers to be idle before closing the pool they use.
    if (!("leftRunning" in result) && (await jobsStillActive(engine, 60_000))) {
      progress("import: another run of the job is still active (pg-boss retry?); the database is left open");
      result = { ...result, leftRunning: true } as ImportResult;
    }
    return result;
  } finally {
    // An import still running past the cap keeps using the database: the caller must not close it.
    if (!("leftRunning" in result && result.leftRunning)) await testApp.close();
  }
}

/** Whether pg-boss still has jobs active or waiting to retry after `waitMs`. */
async function jobsStillActive(engine: BenchEngine, waitMs: number): Promise<boolean> {
  const deadline = performance.now() + waitMs;
  for (;;) {
    const { rows } = await engine.database.raw.query<{ n: number }>(
      "select count(*)::int as n from pgboss.job where state in ('active', 'retry')",
    );
    if ((rows[0]?.n ?? 0) === 0) return false;
    if (performance.now() > deadline) return true;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function runImport(
  base: string,
  s: Session,
  rows: number,
  seed: number,
  progress: (m: string) => void,
): Promise<ImportResult> {
  progress(`import: writing a ${rows.toLocaleString("en")}-row CSV`);
  const csv = peopleCsv(rows, seed + 1000);
  const form = new FormData();
  form.append("mapping", JSON.stringify(IMPORT_MAPPING));
  form.append("file", new Blob([csv], { type: "text/csv" }), "bench-people.csv");
  const t0 = performance.now();
  const upload = await fetch(`${base}/api/v1/imports/people`, {
    method: "POST",
    headers: { cookie: s.cookie, "x-csrf-token": s.csrf },
    body: form,
  });
  const uploaded = await upload.text();
  if (upload.status === 404 && !uploaded.includes("importId"))
    return { skipped: "module not available yet (POST /api/v1/imports/people is not routed)" };
  if (upload.status >= 300)
    return { skipped: `upload failed: HTTP ${upload.status} ${uploaded.slice(0, 300)}` };
  const { importId } = JSON.parse(uploaded) as { importId: string };
  const start = await fetch(`${base}/api/v1/imports/${importId}/start`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: s.cookie, "x-csrf-token": s.csrf },
    body: JSON.stringify({ mapping: IMPORT_MAPPING }),
  });
  if (start.status >= 300)
    return { skipped: `start failed: HTTP ${start.status} ${(await start.text()).slice(0, 300)}` };
  const deadline = performance.now() + IMPORT_CAP_MS;
  let last = {
    status: "queued",
    acceptedRows: 0,
    rejectedRows: 0,
    processedRows: 0,
    error: null as string | null,
  };
  let checkedAt: number | null = null;
  while (performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 1000));
    const res = await fetch(`${base}/api/v1/imports/${importId}`, { headers: { cookie: s.cookie } });
    if (res.status !== 200)
      return { skipped: `poll failed: HTTP ${res.status} ${(await res.text()).slice(0, 300)}` };
    last = (await res.json()) as typeof last;
    progress(`import: ${last.status}, ${last.processedRows} checked, ${last.acceptedRows} accepted`);
    if (checkedAt === null && last.processedRows >= rows) checkedAt = performance.now();
    if (last.status === "completed" || last.status === "failed") break;
  }
  const seconds = (performance.now() - t0) / 1000;
  if (last.status !== "completed")
    return {
      skipped:
        `not finished: ${last.status} after ${seconds.toFixed(0)} s (cap ${IMPORT_CAP_MS / 60_000} min), ` +
        `${last.processedRows.toLocaleString("en")} of ${rows.toLocaleString("en")} rows checked ` +
        `(${(last.processedRows / seconds).toFixed(1)} rows/s), ${last.acceptedRows} accepted, ${last.rejectedRows} rejected` +
        (last.error ? `: ${last.error}` : ""),
      leftRunning: last.status === "running" || last.status === "queued",
    };
  return {
    rows,
    seconds,
    checkedSeconds: checkedAt === null ? null : (checkedAt - t0) / 1000,
    rowsPerSecond: rows / seconds,
    accepted: last.acceptedRows,
    rejected: last.rejectedRows,
    status: last.status,
  };
}

// ---- the benchmark ------------------------------------------------------------------------------

export async function benchPeople(
  engine: BenchEngine,
  options: PeopleBenchOptions,
  progress: (msg: string) => void,
): Promise<PeopleBenchResult> {
  const { database } = engine;
  const rng = new Rng(options.seed + 99);
  // Three organisations: ours registers 75% of the people, two others share a few with us.
  const orgRows = [
    await buildOrganization(database),
    await buildOrganization(database),
    await buildOrganization(database),
  ];
  const organizations: BenchOrganization[] = orgRows.map((o, i) => ({
    id: o.id,
    weight: [0.75, 0.15, 0.1][i] ?? 0.1,
  }));
  const mainOrg = orgRows[0]?.id ?? "";
  const operators: BuiltUser[] = [];
  for (let i = 0; i < options.concurrency; i++)
    operators.push(await buildUser(database, { organizationId: mainOrg, roles: ["operator"] }));

  progress(
    `generating ${options.size.toLocaleString("en")} people (${engine.kind === "postgres" ? "COPY" : "INSERT"})`,
  );
  const sample = new Reservoir(Math.max(2000, options.queries * 2), rng);
  let peopleInMainOrg = 0;
  const report = await loadPeople(
    { database, postgresUrl: engine.url },
    generatePeople({
      count: options.size,
      seed: options.seed,
      duplicateRate: options.duplicateRate,
      organizations,
    }),
    {
      progress,
      onBatch: (batch) => {
        for (const p of batch.people) {
          if (p.organizationId !== mainOrg) continue;
          peopleInMainOrg += 1;
          if (!p.duplicateOf) sample.offer(p);
        }
      },
    },
  );
  const originalOf = new Map(report.labels.map((l) => [l.duplicateId, l.originalId]));
  const clusterOf = (id: string) => originalOf.get(id) ?? id;
  const mainLabels = report.labels.filter((l) => l.organizationId === mainOrg);

  // Queries: planted duplicates (the operator registers the person again: their own new record
  // is excluded) and random people (a new registration of someone already there, or nobody).
  const dupQueries: QualityQuery[] = shuffle([...mainLabels], rng)
    .slice(0, options.queries)
    .map((l: DuplicateLabel) => ({
      kind: "duplicate",
      body: matchBody(l.query, l.duplicateId),
      cluster: l.originalId,
      person: l.original,
      changes: l.changes,
      describe: `${l.query.givenName} ${l.query.familyName} ${l.query.citizenship}`,
    }));
  const people = shuffle([...sample.items], rng);
  const randomQueries: QualityQuery[] = people.slice(0, options.queries).map((p) => ({
    kind: "random",
    body: matchBody(queryOf(p), p.id),
    cluster: p.id,
    person: { givenName: p.givenName, familyName: p.familyName, birthYear: p.birthYear },
    changes: [],
    describe: `${p.givenName} ${p.familyName} ${p.citizenship}`,
  }));
  const matchMix: MatchBody[] = [];
  for (let i = 0; i < Math.max(dupQueries.length, randomQueries.length); i++) {
    const d = dupQueries[i];
    const r = randomQueries[i];
    if (d) matchMix.push(d.body);
    if (r) matchMix.push(r.body);
  }

  // Name searches as typed in the list's search box: an exact name, a planted duplicate's other
  // spelling (or script), a family name alone, a name in the original script.
  interface SearchQuery {
    kind: "exact name" | "other spelling" | "other script" | "family name only";
    q: string;
    cluster: string;
  }
  const searches: SearchQuery[] = [];
  const scripted = people.filter((p) => p.names.some((n) => n.kind === "original_script"));
  for (let i = 0; searches.length < options.queries && i < options.queries * 4; i++) {
    const roll = rng.next();
    const p = people[i % people.length];
    if (!p) break;
    if (roll < 0.4) searches.push({ kind: "exact name", q: `${p.givenName} ${p.familyName}`, cluster: p.id });
    else if (roll < 0.7) {
      const l = mainLabels[rng.int(mainLabels.length)];
      if (!l) continue;
      const kind = l.changes.includes("script") ? "other script" : "other spelling";
      searches.push({ kind, q: `${l.query.givenName} ${l.query.familyName}`, cluster: l.originalId });
    } else if (roll < 0.85) searches.push({ kind: "family name only", q: p.familyName, cluster: p.id });
    else {
      const s = scripted[rng.int(scripted.length)];
      const n = s?.names.find((x) => x.kind === "original_script");
      if (s && n) searches.push({ kind: "other script", q: `${n.givenName} ${n.familyName}`, cluster: s.id });
    }
  }

  let measured: PeopleBenchResult;
  const testApp: TestApp = await createTestApp(database);
  try {
    const address = await testApp.app.listen({ port: 0, host: "127.0.0.1" });
    const base = address.replace("localhost", "127.0.0.1");
    const sessions: Session[] = [];
    for (const u of operators) sessions.push(await login(base, u.username));
    const sessionOf = (w: number) => sessions[w % sessions.length] as Session;
    const bounds = { maxRequests: options.maxRequests, maxMs: options.maxMs };

    let next = 0;
    const matchTask = (w: number) => {
      const body = matchMix[next++ % matchMix.length] as MatchBody;
      return postMatches(base, sessionOf(w), body).then(() => {});
    };
    const searchTask = (w: number) => {
      const s = searches[next++ % searches.length] as SearchQuery;
      return getSearch(base, sessionOf(w), s.q).then(() => {});
    };

    progress("warm-up (400 requests)");
    await runLoad({ concurrency: options.concurrency, maxRequests: 200, maxMs: 60_000, task: matchTask });
    await runLoad({ concurrency: options.concurrency, maxRequests: 200, maxMs: 60_000, task: searchTask });

    // Concurrency 1, each query timed on its own: the latency without queueing, and the slowest
    // queries for EXPLAIN.
    const c1Bounds = { maxRequests: Math.min(300, options.maxRequests), maxMs: options.maxMs };
    const meter: SqlMeter | null = engine.kind === "postgres" ? meterPgQueries() : null;
    const sums = {
      matches: { requests: 0, statements: 0, sqlMs: 0, totalMs: 0 },
      search: { requests: 0, statements: 0, sqlMs: 0, totalMs: 0 },
    };
    const metered = async <T>(
      which: "matches" | "search",
      call: () => Promise<T>,
    ): Promise<{ ms: number; value: T }> => {
      meter?.reset();
      const t = performance.now();
      const value = await call();
      const ms = performance.now() - t;
      const sql = meter?.read();
      const b = sums[which];
      b.requests += 1;
      b.totalMs += ms;
      b.statements += sql?.statements ?? 0;
      b.sqlMs += sql?.ms ?? 0;
      return { ms, value };
    };
    const slowMatches: { ms: number; body: MatchBody }[] = [];
    progress("matches c1");
    next = 0;
    const matchesC1 = await runLoad({
      concurrency: 1,
      ...c1Bounds,
      task: async (w) => {
        const body = matchMix[next++ % matchMix.length] as MatchBody;
        const { ms } = await metered("matches", () => postMatches(base, sessionOf(w), body));
        slowMatches.push({ ms, body });
      },
    });
    const byKindLatency = new Map<string, number[]>();
    const byKindFound = new Map<string, number>();
    const slowSearches: { ms: number; q: SearchQuery }[] = [];
    progress("search c1");
    next = 0;
    const searchC1 = await runLoad({
      concurrency: 1,
      maxRequests: Math.min(Math.max(300, searches.length), options.maxRequests),
      maxMs: options.maxMs,
      task: async (w) => {
        const s = searches[next++ % searches.length] as SearchQuery;
        const { ms, value: text } = await metered("search", () => getSearch(base, sessionOf(w), s.q));
        slowSearches.push({ ms, q: s });
        byKindLatency.set(s.kind, [...(byKindLatency.get(s.kind) ?? []), ms]);
        const items = (JSON.parse(text) as { items: { id: string }[] }).items;
        if (items.some((it) => clusterOf(it.id) === s.cluster))
          byKindFound.set(s.kind, (byKindFound.get(s.kind) ?? 0) + 1);
      },
    });
    meter?.stop();
    const mean = (b: RequestBreakdown): RequestBreakdown => ({
      requests: b.requests,
      statements: b.statements / b.requests,
      sqlMs: b.sqlMs / b.requests,
      totalMs: b.totalMs / b.requests,
    });
    const byKind: Record<string, SearchKindStats> = {};
    for (const [kind, lat] of byKindLatency) {
      const s = summarize(1, lat, 1);
      byKind[kind] = {
        n: lat.length,
        p50Ms: s.p50Ms,
        p95Ms: s.p95Ms,
        found: (byKindFound.get(kind) ?? 0) / lat.length,
      };
    }

    progress(`matches c${options.concurrency}`);
    next = 0;
    const matchesCN = await runLoad({ concurrency: options.concurrency, ...bounds, task: matchTask });
    progress(`search c${options.concurrency}`);
    next = 0;
    const searchCN = await runLoad({ concurrency: options.concurrency, ...bounds, task: searchTask });

    progress(`quality: ${dupQueries.length + randomQueries.length} match queries`);
    const all = [...dupQueries, ...randomQueries];
    const results: (Candidate[] | null)[] = new Array(all.length).fill(null);
    let qi = 0;
    await runLoad({
      concurrency: 4,
      maxRequests: all.length,
      maxMs: 30 * 60_000,
      task: async (w) => {
        const i = qi++;
        const q = all[i];
        if (q) results[i] = await postMatches(base, sessionOf(w), q.body);
      },
    });
    const quality = evaluate(all, results, clusterOf);

    const explain: string[] = [];
    if (engine.url) {
      const operator = operators[0] as BuiltUser;
      const actor: Actor = {
        kind: "user",
        userId: operator.id,
        organizationId: mainOrg,
        roles: ["operator"],
      };
      const worstMatch = slowMatches.sort((a, b) => b.ms - a.ms)[0];
      const worstSearch = slowSearches.sort((a, b) => b.ms - a.ms)[0];
      if (worstMatch) {
        progress("EXPLAIN the slowest match query");
        const { excludeId, limit, ...shown } = worstMatch.body;
        explain.push(
          `-- POST /api/v1/people/matches ${JSON.stringify(shown)} (${worstMatch.ms.toFixed(1)} ms over HTTP at c1)`,
          ...(await explainAsApp(engine.url, actor, (ctx) => findPersonMatches(ctx, { ...worstMatch.body }))),
        );
      }
      if (worstSearch) {
        progress("EXPLAIN the slowest name search");
        explain.push(
          `-- GET /api/v1/people?q=${worstSearch.q.q} (${worstSearch.q.kind}, ${worstSearch.ms.toFixed(1)} ms over HTTP at c1)`,
          ...(await explainAsApp(engine.url, actor, (ctx) =>
            listPeopleForActor(ctx, { q: worstSearch.q.q, limit: SEARCH_LIMIT }),
          )),
        );
      }
    }

    measured = {
      size: options.size,
      ...(meter ? { breakdown: { matches: mean(sums.matches), search: mean(sums.search) } } : {}),
      generation: { ...report, labelsInMainOrg: mainLabels.length, peopleInMainOrg },
      matches: { c1: matchesC1, cN: matchesCN },
      search: { c1: searchC1, cN: searchCN, byKind },
      quality,
      explain,
      importAs: (operators[0] as BuiltUser).username,
    };
  } finally {
    await testApp.close();
  }
  return measured;
}
