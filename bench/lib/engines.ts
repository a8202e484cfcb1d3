import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  assertUtf8,
  type Database,
  openPglite,
  openPostgres,
} from "../../apps/server/src/platform/db/database.ts";
import { runMigrations } from "../../apps/server/src/platform/db/migrate.ts";

export type EngineKind = "pglite" | "postgres";

export interface BenchEngine {
  kind: EngineKind;
  /** e.g. "PGlite 0.5.16 (server 17.5), file-backed". */
  label: string;
  versions: Record<string, string>;
  database: Database;
  /** PostgreSQL only: the URL of the benchmark's database (for COPY and EXPLAIN connections). */
  url?: string;
  /** PostgreSQL only: samples how many of the benchmark's transactions wait on a lock. */
  sampleLockWaits?: () => LockSampler;
  close(): Promise<void>;
}

export interface LockSampler {
  stop(): Promise<{ samples: number; meanWaiting: number; maxWaiting: number }>;
}

function pgliteVersion(): string {
  for (const dir of ["../node_modules", "../apps/server/node_modules"]) {
    try {
      const file = join(import.meta.dirname, "..", dir, "@electric-sql/pglite/package.json");
      return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
    } catch {
      // try the next location
    }
  }
  return "unknown";
}

async function serverVersion(database: Database): Promise<string> {
  const { rows } = await database.raw.query<{ server_version: string }>("show server_version");
  return rows[0]?.server_version ?? "unknown";
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Runs one statement outside a transaction on the admin connection (create/drop database). */
async function admin(url: string, statement: string): Promise<void> {
  const c = await openPostgres(url, 1);
  try {
    await c.raw.exec(statement);
  } finally {
    await c.close();
  }
}

/** PGlite as the app runs it by default: file-backed (or in memory), migrated, one session. */
async function openPgliteEngine(storage: "file" | "memory"): Promise<BenchEngine> {
  const dir = storage === "file" ? mkdtempSync(join(tmpdir(), "approdo-bench-")) : null;
  const removeDir = () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
  const database = await openPglite(dir ? { dataDir: join(dir, "pglite") } : {});
  try {
    await runMigrations(database);
  } catch (error) {
    await database.close();
    removeDir();
    throw error;
  }
  const versions = { pglite: pgliteVersion(), server: await serverVersion(database) };
  return {
    kind: "pglite",
    label: `PGlite ${versions.pglite} (server ${versions.server}), ${storage === "file" ? "file-backed" : "in memory"}`,
    versions,
    database,
    async close() {
      await database.close();
      removeDir();
    },
  };
}

/** A fresh database approdo_bench_<random> on the cluster of TEST_DATABASE_URL, dropped on close. */
async function openPostgresEngine(adminUrl: string): Promise<BenchEngine> {
  const name = `approdo_bench_${randomBytes(5).toString("hex")}`;
  await admin(adminUrl, `create database ${name} encoding 'UTF8' template template0`);
  const url = withDatabase(adminUrl, name);
  // The production default pool size (boot.ts calls openPostgres(url) without a size).
  const database = await openPostgres(url);
  try {
    await assertUtf8(database);
    await runMigrations(database);
  } catch (error) {
    await database.close();
    await admin(adminUrl, `drop database if exists ${name} with (force)`);
    throw error;
  }
  const versions = { server: await serverVersion(database) };
  const settings = await database.raw.query<{ name: string; setting: string }>(
    "select name, setting from pg_settings where name in ('fsync', 'synchronous_commit')",
  );
  const durability = settings.rows.map((r) => `${r.name}=${r.setting}`).join(", ");
  return {
    kind: "postgres",
    label: `PostgreSQL ${versions.server} (loopback TCP, pool 10, ${durability})`,
    versions,
    database,
    url,
    sampleLockWaits: () => startLockSampler(url),
    async close() {
      await database.close();
      await admin(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

/** Polls pg_stat_activity every 2 ms on its own connection and counts backends waiting on a lock. */
function startLockSampler(url: string): LockSampler {
  let stopped = false;
  let samples = 0;
  let total = 0;
  let max = 0;
  const loop = (async () => {
    const client = await openPostgres(url, 1);
    while (!stopped) {
      const { rows } = await client.raw.query<{ waiting: number }>(
        "select count(*)::int as waiting from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and wait_event_type = 'Lock'",
      );
      const waiting = rows[0]?.waiting ?? 0;
      samples += 1;
      total += waiting;
      max = Math.max(max, waiting);
      await new Promise((r) => setTimeout(r, 2));
    }
    await client.close();
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return { samples, meanWaiting: samples ? total / samples : 0, maxWaiting: max };
    },
  };
}

export async function openEngine(
  kind: EngineKind,
  options: { pgliteStorage: "file" | "memory"; postgresUrl: string | undefined },
): Promise<BenchEngine> {
  if (kind === "pglite") return openPgliteEngine(options.pgliteStorage);
  if (!options.postgresUrl) {
    throw new Error(
      "--engine postgres needs TEST_DATABASE_URL; run: bash scripts/with-postgres.sh npm run bench -- --engine both",
    );
  }
  return openPostgresEngine(options.postgresUrl);
}
