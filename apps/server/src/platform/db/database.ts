import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { fuzzystrmatch } from "@electric-sql/pglite/contrib/fuzzystrmatch";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import * as schema from "./schema.ts";

export type Schema = typeof schema;
export type AppDb = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

/** A minimal driver-neutral client for the few places that need raw SQL text (pg-boss, health, CLI). */
export interface RawClient {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
  /** Runs several statements separated by semicolons, no parameters. */
  exec(text: string): Promise<void>;
}

export interface Database {
  kind: "pglite" | "postgres";
  db: AppDb;
  raw: RawClient;
  /** PGlite only: the data directory as a gzipped tarball (backups, test snapshots). */
  dump?: () => Promise<Blob>;
  close(): Promise<void>;
}

export class DatabaseStartupError extends Error {}

export const pgliteExtensions = { pg_trgm, fuzzystrmatch, unaccent };

export interface PgliteOptions {
  /** Directory of the database files; omitted = in memory. */
  dataDir?: string;
  /** A tarball made by `dumpDataDir` (tests start from a migrated snapshot). */
  loadDataDir?: Blob | File;
}

function lockPath(dataDir: string): string {
  return `${dataDir}.lock`;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** PGlite has no data-directory lock of its own: two processes on one directory corrupt it. */
function takeLock(dataDir: string): void {
  const file = lockPath(dataDir);
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, "utf8"));
    if (Number.isInteger(pid) && pid !== process.pid && processAlive(pid)) {
      throw new DatabaseStartupError(
        `The embedded database in ${dataDir} is in use by process ${pid}. Stop it first (only one process may open PGlite).`,
      );
    }
  }
  writeFileSync(file, String(process.pid));
}

export async function openPglite(options: PgliteOptions = {}): Promise<Database> {
  if (options.dataDir) {
    mkdirSync(join(options.dataDir, ".."), { recursive: true });
    takeLock(options.dataDir);
  }
  const client = new PGlite({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: pgliteExtensions,
  });
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as AppDb;
  return {
    kind: "pglite",
    db,
    raw: {
      async query<R>(text: string, params?: unknown[]) {
        const result = await client.query<R>(text, params);
        return { rows: result.rows };
      },
      async exec(text: string) {
        await client.exec(text);
      },
    },
    async dump() {
      const out = await client.dumpDataDir("gzip");
      return out;
    },
    async close() {
      await client.close();
      if (options.dataDir) rmSync(lockPath(options.dataDir), { force: true });
    },
  };
}

export async function openPostgres(connectionString: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  pool.on("error", () => {
    // An idle client lost its connection; the pool replaces it. Logged by the caller's health checks.
  });
  const db = drizzleNodePg(pool, { schema }) as unknown as AppDb;
  return {
    kind: "postgres",
    db,
    raw: {
      async query<R>(text: string, params?: unknown[]) {
        const result = await pool.query(text, params);
        return { rows: result.rows as R[] };
      },
      async exec(text: string) {
        await pool.query(text);
      },
    },
    async close() {
      await pool.end();
    },
  };
}

/**
 * Trigram similarity of names in Arabic or Cyrillic is silently zero on a database whose
 * LC_CTYPE is not UTF-8, so we refuse to start on one.
 */
export async function assertUtf8(database: Database): Promise<void> {
  const { rows } = await database.raw.query<{ encoding: string; ctype: string }>(
    "select pg_encoding_to_char(encoding) as encoding, datctype as ctype from pg_database where datname = current_database()",
  );
  const row = rows[0];
  if (!row) throw new DatabaseStartupError("Cannot read the database's encoding");
  const utf8 = /utf-?8/i;
  if (!utf8.test(row.encoding) || !utf8.test(row.ctype)) {
    throw new DatabaseStartupError(
      `The database must use UTF-8 (encoding ${row.encoding}, LC_CTYPE ${row.ctype}). ` +
        "Create it with ENCODING 'UTF8' and a UTF-8 locale, e.g. initdb -E UTF8 --locale=C.UTF-8.",
    );
  }
}
