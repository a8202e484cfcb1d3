import { join } from "node:path";
import type { AppConfig } from "./config.ts";
import { assertUtf8, type Database, openPglite, openPostgres } from "./platform/db/database.ts";
import { runMigrations } from "./platform/db/migrate.ts";

/** Opens the configured database (PostgreSQL when DATABASE_URL is set, else PGlite under DATA_DIR), checks it and migrates it. */
export async function openConfiguredDatabase(
  config: AppConfig,
  options: { migrate: boolean } = { migrate: true },
): Promise<Database> {
  const database = config.databaseUrl
    ? await openPostgres(config.databaseUrl)
    : await openPglite({ dataDir: join(config.dataDir, "pglite") });
  try {
    await assertUtf8(database);
    if (options.migrate) await runMigrations(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
