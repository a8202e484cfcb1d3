/**
 * Writes generated people straight into the database, as the system: the connection's own role
 * (the tables' owner, so row-level security does not apply), no audit events, no HTTP. The name
 * index columns come from the app's own indexNames (see people.ts), so the data is what the API
 * would have stored.
 *
 * PostgreSQL: COPY … FROM STDIN (pg-copy-streams) on a connection of its own, 10,000 people per
 * round of COPYs, the next round generated while the server ingests the previous one. PGlite (or
 * without a URL): multi-row INSERTs of up to 1,000 rows in one transaction per batch.
 * By default the secondary indexes of the loaded tables are dropped first and built again at the
 * end with their exact definitions (pg_indexes.indexdef), then the tables are VACUUM ANALYZEd:
 * much faster than maintaining trigram GIN indexes row by row, and the planner statistics the
 * duplicate search relies on (people.name_keys' most common elements) are fresh.
 */
import { setImmediate as nextTurn } from "node:timers/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { Database } from "../../apps/server/src/platform/db/database.ts";
import type { BenchOrganization, DuplicateLabel, PeopleBatch } from "./people.ts";

type Value = string | number | boolean | Date | null | readonly string[];

interface TableSpec {
  table: string;
  columns: readonly string[];
  /** Casts for the INSERT path (COPY parses text by the column types). */
  casts: readonly string[];
  rows(batch: PeopleBatch): Value[][];
}

const TABLES: readonly TableSpec[] = [
  {
    table: "people",
    columns: [
      "id",
      "organization_id",
      "given_name",
      "family_name",
      "sex",
      "birth_date",
      "birth_year",
      "country_of_birth",
      "citizenship",
      "tax_code",
      "stp_code",
      "italian_level",
      "phone",
      "email",
      "arrival_date",
      "search_text",
      "name_skeleton",
      "name_keys",
      "created_at",
      "updated_at",
    ],
    casts: [
      "uuid",
      "uuid",
      "text",
      "text",
      "text",
      "date",
      "int",
      "text",
      "text",
      "text",
      "text",
      "text",
      "text",
      "text",
      "date",
      "text",
      "text",
      "text[]",
      "timestamptz",
      "timestamptz",
    ],
    rows: (b) =>
      b.people.map((p) => [
        p.id,
        p.organizationId,
        p.givenName,
        p.familyName,
        p.sex,
        p.birthDate,
        p.birthYear,
        p.countryOfBirth,
        p.citizenship,
        p.taxCode,
        p.stpCode,
        p.italianLevel,
        p.phone,
        p.email,
        p.arrivalDate,
        p.index.searchText,
        p.index.nameSkeleton,
        p.index.nameKeys,
        p.createdAt,
        p.createdAt,
      ]),
  },
  {
    table: "person_names",
    columns: ["id", "person_id", "kind", "script", "given_name", "family_name", "created_at"],
    casts: ["uuid", "uuid", "text", "text", "text", "text", "timestamptz"],
    rows: (b) =>
      b.people.flatMap((p) =>
        p.names.map((n) => [n.id, p.id, n.kind, n.script, n.givenName, n.familyName, p.createdAt]),
      ),
  },
  {
    table: "person_languages",
    columns: ["person_id", "language", "is_primary"],
    casts: ["uuid", "text", "boolean"],
    rows: (b) => b.people.flatMap((p) => p.languages.map((l) => [p.id, l.language, l.isPrimary])),
  },
  {
    table: "residence_permits",
    columns: ["id", "person_id", "type", "number", "issued_on", "expires_on", "issued_by", "created_at"],
    casts: ["uuid", "uuid", "text", "text", "date", "date", "text", "timestamptz"],
    rows: (b) =>
      b.people.flatMap((p) =>
        p.permits.map((r) => [
          r.id,
          p.id,
          r.type,
          r.number,
          r.issuedOn,
          r.expiresOn,
          r.issuedBy,
          p.createdAt,
        ]),
      ),
  },
  {
    table: "households",
    columns: ["id", "organization_id", "label", "created_at", "updated_at"],
    casts: ["uuid", "uuid", "text", "timestamptz", "timestamptz"],
    rows: (b) => b.households.map((h) => [h.id, h.organizationId, h.label, h.createdAt, h.createdAt]),
  },
  {
    table: "household_members",
    columns: ["id", "household_id", "person_id", "relation", "is_reference", "joined_on", "created_at"],
    casts: ["uuid", "uuid", "uuid", "text", "boolean", "date", "timestamptz"],
    rows: (b) =>
      b.households.flatMap((h) =>
        h.members.map((m) => [m.id, h.id, m.personId, m.relation, m.isReference, m.joinedOn, h.createdAt]),
      ),
  },
  {
    table: "person_access",
    columns: ["person_id", "organization_id", "reason", "granted_at"],
    casts: ["uuid", "uuid", "text", "timestamptz"],
    rows: (b) => b.access.map((a) => [a.personId, a.organizationId, a.reason, new Date(0)]),
  },
];

export const LOADED_TABLES: readonly string[] = TABLES.map((t) => t.table);

export interface LoadTarget {
  database: Database;
  /** PostgreSQL only: the database's URL, for the COPY connection (else multi-row INSERTs). */
  postgresUrl?: string | undefined;
}

export interface LoadOptions {
  /** Drop the loaded tables' secondary indexes during the load, build them again after (default true). */
  rebuildIndexes?: boolean;
  /** VACUUM ANALYZE the loaded tables at the end (default true). */
  vacuum?: boolean;
  /** Called with every batch once it is queued for writing: sample it, keep its labels… */
  onBatch?: (batch: PeopleBatch) => void;
  progress?: (message: string) => void;
}

export interface LoadReport {
  method: "copy" | "insert";
  rows: Record<string, number>;
  people: number;
  labels: DuplicateLabel[];
  /** Wall times: generating + writing, building the indexes, VACUUM ANALYZE, all. */
  ms: { write: number; indexes: number; vacuum: number; total: number };
  /**
   * Where the write phase went, in this process: generating the batches (names, index columns),
   * turning them into COPY text or parameters, and waiting for the database (COPY: the time the
   * next round waited for the previous one; INSERT: the statements).
   */
  phases: WritePhases;
  indexes: { name: string; ms: number }[];
}

export interface WritePhases {
  generateMs: number;
  serializeMs: number;
  waitMs: number;
}

/** Iterates `batches`, adding the time spent inside the generator to `phases.generateMs`. */
function* timed(batches: Iterable<PeopleBatch>, phases: WritePhases): Generator<PeopleBatch> {
  const it = batches[Symbol.iterator]();
  for (;;) {
    const t = performance.now();
    const next = it.next();
    phases.generateMs += performance.now() - t;
    if (next.done) return;
    yield next.value;
  }
}

interface Executor {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

// ---- values -----------------------------------------------------------------------------------

function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
}

const COPY_SPECIALS = /[\\\t\n\r]/g;
const COPY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

function copyField(v: Value): string {
  if (v === null) return "\\N";
  if (typeof v === "boolean") return v ? "t" : "f";
  if (typeof v === "number") return String(v);
  const text = v instanceof Date ? v.toISOString() : typeof v === "string" ? v : arrayLiteral(v);
  return text.replace(COPY_SPECIALS, (c) => COPY_ESCAPES[c] ?? c);
}

function paramOf(v: Value): unknown {
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return arrayLiteral(v as readonly string[]);
  return v;
}

// ---- organisations, indexes, vacuum ------------------------------------------------------------

/** Creates the organisations that do not exist yet (the generator's default ones, typically). */
export async function ensureOrganizations(
  database: Database,
  organizations: readonly BenchOrganization[],
): Promise<void> {
  for (const [i, org] of organizations.entries()) {
    await database.raw.query(
      "insert into organizations (id, name, type) values ($1, $2, 'association') on conflict (id) do nothing",
      [org.id, `Benchmark organisation ${i + 1} ${org.id.slice(0, 8)}`],
    );
  }
}

interface IndexDef {
  name: string;
  def: string;
}

async function secondaryIndexes(exec: Executor): Promise<IndexDef[]> {
  const { rows } = await exec.query(
    `select i.indexname as name, i.indexdef as def from pg_indexes i
      where i.schemaname = 'public' and i.tablename = any($1::text[])
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
      order by i.tablename, i.indexname`,
    [LOADED_TABLES],
  );
  return rows.map((r) => ({ name: String(r.name), def: String(r.def) }));
}

/** Biggest first, so the two builders of PostgreSQL finish together: the trigram GINs of people. */
function buildOrder(defs: IndexDef[]): IndexDef[] {
  const weight = (d: IndexDef) =>
    (/ON public\.people /.test(d.def) ? 10 : 0) +
    (/gin_trgm_ops/.test(d.def) ? 20 : 0) +
    (/USING gin/.test(d.def) ? 5 : 0);
  return [...defs].sort((a, b) => weight(b) - weight(a) || a.name.localeCompare(b.name));
}

async function buildIndexes(
  executors: readonly Executor[],
  defs: IndexDef[],
  progress: (m: string) => void,
): Promise<{ name: string; ms: number }[]> {
  const queue = buildOrder(defs);
  const timings: { name: string; ms: number }[] = [];
  await Promise.all(
    executors.map(async (exec) => {
      for (let d = queue.shift(); d; d = queue.shift()) {
        const t = performance.now();
        await exec.query(d.def);
        const ms = performance.now() - t;
        timings.push({ name: d.name, ms });
        progress(`index ${d.name}: ${(ms / 1000).toFixed(1)} s`);
      }
    }),
  );
  return timings;
}

// ---- writers ------------------------------------------------------------------------------------

function emptyCounts(): Record<string, number> {
  return Object.fromEntries(LOADED_TABLES.map((t) => [t, 0]));
}

async function copyTable(client: pg.Client, spec: TableSpec, lines: string[]): Promise<void> {
  if (lines.length === 0) return;
  const stream = client.query(copyFrom(`COPY ${spec.table} (${spec.columns.join(", ")}) FROM STDIN`));
  await new Promise<void>((resolve, reject) => {
    stream.on("error", reject);
    stream.on("finish", resolve);
    stream.end(lines.join(""));
  });
}

/** Rows of one round of COPYs, as COPY text lines per table. */
interface CopyRound {
  people: number;
  lines: string[][];
}

async function writeWithCopy(
  url: string,
  batches: Iterable<PeopleBatch>,
  counts: Record<string, number>,
  labels: DuplicateLabel[],
  options: LoadOptions,
  phases: WritePhases,
): Promise<number> {
  const ROUND = 10_000;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let people = 0;
  try {
    // Nothing to wait for: the throwaway cluster has fsync off anyway, production data is not loaded this way.
    await client.query("set synchronous_commit = off");
    const flush = async (round: CopyRound) => {
      for (const [i, spec] of TABLES.entries()) await copyTable(client, spec, round.lines[i] ?? []);
    };
    let inflight: Promise<void> = Promise.resolve();
    let round: CopyRound = { people: 0, lines: TABLES.map(() => []) };
    const ship = async () => {
      const t = performance.now();
      await inflight;
      phases.waitMs += performance.now() - t;
      const shipped = round;
      inflight = flush(shipped);
      inflight.catch(() => {}); // awaited below; avoids an unhandled rejection meanwhile
      round = { people: 0, lines: TABLES.map(() => []) };
    };
    for (const batch of timed(batches, phases)) {
      const t = performance.now();
      for (const [i, spec] of TABLES.entries()) {
        const rows = spec.rows(batch);
        counts[spec.table] = (counts[spec.table] ?? 0) + rows.length;
        const out = round.lines[i] as string[];
        for (const row of rows) out.push(`${row.map(copyField).join("\t")}\n`);
      }
      phases.serializeMs += performance.now() - t;
      round.people += batch.people.length;
      people += batch.people.length;
      labels.push(...batch.duplicates);
      options.onBatch?.(batch);
      if (round.people >= ROUND) {
        await ship();
        options.progress?.(`${people.toLocaleString("en")} people generated`);
      }
      // Let the COPY of the previous round progress while the next one is generated.
      await nextTurn();
    }
    await ship();
    const t = performance.now();
    await inflight;
    phases.waitMs += performance.now() - t;
  } finally {
    await client.end();
  }
  return people;
}

async function insertTable(
  exec: Executor,
  spec: TableSpec,
  rows: Value[][],
  phases: WritePhases,
): Promise<void> {
  const width = spec.columns.length;
  const perStatement = Math.min(1000, Math.floor(60_000 / width));
  for (let start = 0; start < rows.length; start += perStatement) {
    const t0 = performance.now();
    const chunk = rows.slice(start, start + perStatement);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const cells = row.map((v, c) => {
        params.push(paramOf(v));
        return `$${params.length}::${spec.casts[c]}`;
      });
      return `(${cells.join(",")})`;
    });
    const text = `insert into ${spec.table} (${spec.columns.join(", ")}) values ${tuples.join(",")}`;
    const t1 = performance.now();
    phases.serializeMs += t1 - t0;
    await exec.query(text, params);
    phases.waitMs += performance.now() - t1;
  }
}

async function writeWithInserts(
  exec: Executor,
  batches: Iterable<PeopleBatch>,
  counts: Record<string, number>,
  labels: DuplicateLabel[],
  options: LoadOptions,
  phases: WritePhases,
): Promise<number> {
  let people = 0;
  let reported = 0;
  for (const batch of timed(batches, phases)) {
    await exec.query("begin");
    try {
      for (const spec of TABLES) {
        const rows = spec.rows(batch);
        counts[spec.table] = (counts[spec.table] ?? 0) + rows.length;
        await insertTable(exec, spec, rows, phases);
      }
      await exec.query("commit");
    } catch (error) {
      await exec.query("rollback");
      throw error;
    }
    people += batch.people.length;
    labels.push(...batch.duplicates);
    options.onBatch?.(batch);
    if (people - reported >= 10_000) {
      reported = people;
      options.progress?.(`${people.toLocaleString("en")} people generated`);
    }
  }
  return people;
}

/**
 * Generates and writes every batch, then rebuilds the indexes and vacuums (see the file's
 * comment). The organisations the batches refer to must exist (ensureOrganizations).
 */
export async function loadPeople(
  target: LoadTarget,
  batches: Iterable<PeopleBatch>,
  options: LoadOptions = {},
): Promise<LoadReport> {
  const progress = options.progress ?? (() => {});
  const { database } = target;
  const url = database.kind === "postgres" ? target.postgresUrl : undefined;
  const t0 = performance.now();
  const counts = emptyCounts();
  const labels: DuplicateLabel[] = [];
  const raw: Executor = database.raw;

  // Index builds get their own connections on PostgreSQL: two at a time, one per core.
  const builders: pg.Client[] = [];
  const rebuild = options.rebuildIndexes ?? true;
  const dropped = rebuild ? await secondaryIndexes(raw) : [];
  for (const d of dropped) await raw.query(`drop index if exists "${d.name}"`);
  const phases: WritePhases = { generateMs: 0, serializeMs: 0, waitMs: 0 };
  let people = 0;
  let writeMs = 0;
  let indexes: { name: string; ms: number }[] = [];
  let indexMs = 0;
  try {
    people = url
      ? await writeWithCopy(url, batches, counts, labels, options, phases)
      : await writeWithInserts(raw, batches, counts, labels, options, phases);
    writeMs = performance.now() - t0;
  } finally {
    // Built again whatever happened: the database must not be left without its indexes.
    const t1 = performance.now();
    if (dropped.length > 0) {
      progress(`building ${dropped.length} indexes`);
      let executors: Executor[] = [raw];
      if (url) {
        for (let i = 0; i < 2; i++) {
          const c = new pg.Client({ connectionString: url });
          await c.connect();
          await c.query("set maintenance_work_mem = '512MB'");
          builders.push(c);
        }
        executors = builders;
      }
      try {
        indexes = await buildIndexes(executors, dropped, progress);
      } finally {
        for (const c of builders) await c.end();
      }
    }
    indexMs = performance.now() - t1;
  }
  const t2 = performance.now();
  if (options.vacuum ?? true) {
    progress("vacuum analyze");
    await raw.query(`vacuum (analyze) ${LOADED_TABLES.join(", ")}`);
    // What the housekeeping job does after ANALYZE: the search functions read the common name keys
    // from this table, not from pg_stats (migration 0007).
    await raw.query("select people_refresh_common_name_keys()");
  }
  const vacuumMs = performance.now() - t2;
  return {
    method: url ? "copy" : "insert",
    rows: counts,
    people,
    labels,
    ms: { write: writeMs, indexes: indexMs, vacuum: vacuumMs, total: performance.now() - t0 },
    phases,
    indexes,
  };
}
