/**
 * `npm run db:migrate`: applies the pending SQL migrations (the same ones the server applies at
 * start-up) and says which. Useful before a rolling deployment, or to migrate without starting.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openConfiguredDatabase } from "../boot.ts";
import { loadConfig } from "../config.ts";
import type { Database } from "../platform/db/database.ts";
import { migrationsFolder, runMigrations } from "../platform/db/migrate.ts";
import { describeDatabase, runCli, sqlState } from "./cli-support.ts";

interface JournalEntry {
  tag: string;
  when: number;
}

/** Drizzle records each applied migration with created_at = the journal's `when`. */
async function appliedMigrations(database: Database): Promise<Set<number>> {
  try {
    const { rows } = await database.raw.query<{ created_at: string | number }>(
      "select created_at from drizzle.__drizzle_migrations",
    );
    return new Set(rows.map((r) => Number(r.created_at)));
  } catch (error) {
    if (sqlState(error) === "42P01" || sqlState(error) === "3F000") return new Set();
    throw error;
  }
}

runCli("db:migrate", async () => {
  const config = loadConfig();
  const journal = JSON.parse(readFileSync(join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
    entries: JournalEntry[];
  };
  const database = await openConfiguredDatabase(config, { migrate: false });
  try {
    process.stdout.write(`Migrating the ${describeDatabase(config)}\n`);
    const before = await appliedMigrations(database);
    await runMigrations(database);
    const after = await appliedMigrations(database);
    const applied = journal.entries.filter((e) => after.has(e.when) && !before.has(e.when));
    const missing = journal.entries.filter((e) => !after.has(e.when));
    for (const e of applied) process.stdout.write(`  applied ${e.tag}\n`);
    if (missing.length > 0) {
      process.stderr.write(`db:migrate: not applied: ${missing.map((e) => e.tag).join(", ")}\n`);
      return 1;
    }
    process.stdout.write(
      applied.length > 0
        ? `Applied ${applied.length} migration(s); the database is at ${journal.entries.at(-1)?.tag}\n`
        : `Already up to date: ${after.size} migration(s) applied, the last is ${journal.entries.at(-1)?.tag}\n`,
    );
    return 0;
  } finally {
    await database.close();
  }
});
