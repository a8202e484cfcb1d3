import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Database, openPglite, openPostgres } from "../platform/db/database.ts";
import { runMigrations } from "../platform/db/migrate.ts";

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

export async function createTestDatabase(): Promise<TestDatabase> {
  if (testEngine === "pglite") {
    const database = await openPglite();
    await runMigrations(database);
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
