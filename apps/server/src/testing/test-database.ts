import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { insertDefaultCatalogueEntries } from "../modules/catalogues/index.ts";
import { systemActor } from "../platform/authz/actor.ts";
import { type Database, openPglite, openPostgres } from "../platform/db/database.ts";
import { migrationsFolder, runMigrations } from "../platform/db/migrate.ts";
import { inTransaction, noMeta } from "../platform/db/transaction.ts";

/** Which engine the integration tests run on: PGlite by default, PostgreSQL with TEST_DB=postgres. */
export const testEngine: "pglite" | "postgres" = process.env.TEST_DB === "postgres" ? "postgres" : "pglite";

const TEMPLATE = "approdo_test_template";

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DB=postgres needs TEST_DATABASE_URL (scripts/with-postgres.sh sets it)");
  return url;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Migrates a template database once per cluster (guarded by an advisory lock), then clones it per test file. */
async function ensureTemplate(admin: pg.Client): Promise<void> {
  await admin.query("select pg_advisory_lock(727274)");
  try {
    const { rows } = await admin.query("select 1 from pg_database where datname = $1", [TEMPLATE]);
    if (rows.length > 0) return;
    await admin.query(`create database ${TEMPLATE} encoding 'UTF8' template template0`);
    const db = await openPostgres(withDatabase(adminUrl(), TEMPLATE), 2);
    try {
      await runMigrations(db);
    } finally {
      await db.close();
    }
  } finally {
    await admin.query("select pg_advisory_unlock(727274)");
  }
}

export interface TestDatabase {
  database: Database;
  /** A connection string for a second process or instance on the same database (PostgreSQL only). */
  url: string | null;
  drop(): Promise<void>;
}

/** The migrations' fingerprint: a snapshot is reused only while the migrations are unchanged. */
function migrationsHash(): string {
  const h = createHash("sha256");
  for (const f of readdirSync(migrationsFolder).sort())
    if (f.endsWith(".sql")) h.update(f).update(readFileSync(join(migrationsFolder, f)));
  h.update(readFileSync(join(migrationsFolder, "meta", "_journal.json")));
  return h.digest("hex").slice(0, 16);
}

/** A migrated PGlite data directory, dumped once and loaded by every test file (~0.3 s instead of migrating). */
async function pgliteSnapshot(): Promise<Blob> {
  const file = join(tmpdir(), `approdo-pglite-${migrationsHash()}.tar.gz`);
  if (!existsSync(file)) {
    const database = await openPglite();
    await runMigrations(database);
    const dump = await database.dump?.();
    if (!dump) throw new Error("PGlite could not dump its data directory");
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    renameSync(tmp, file);
    await database.close();
  }
  return new Blob([readFileSync(file)]);
}

/**
 * What start-up puts into every database besides the migrations: the default catalogues (service
 * types, assessment domains, closure outcomes, vulnerabilities), without an audit event, so a test
 * database starts with an empty audit trail like a freshly migrated one.
 */
async function seedStartupDefaults(database: Database): Promise<void> {
  await inTransaction(database, systemActor, noMeta, ({ tx }) => insertDefaultCatalogueEntries(tx));
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (testEngine === "pglite") {
    const database = await openPglite({ loadDataDir: await pgliteSnapshot() });
    await seedStartupDefaults(database);
    return { database, url: null, drop: () => database.close() };
  }
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  const name = `approdo_t_${randomBytes(6).toString("hex")}`;
  try {
    await ensureTemplate(admin);
    await admin.query(`create database ${name} template ${TEMPLATE}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl(), name);
  const database = await openPostgres(url, 5);
  await seedStartupDefaults(database);
  return {
    database,
    url,
    async drop() {
      await database.close();
      const c = new pg.Client({ connectionString: adminUrl() });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}
