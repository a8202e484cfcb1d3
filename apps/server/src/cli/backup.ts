/**
 * `npm run db:backup`.
 * Embedded database (PGlite): writes DATA_DIR/backups/approdo-<timestamp>.tar.gz with PGlite's
 * dumpDataDir. It opens the database like the server does, under the same lock, so the server
 * must be stopped first (PGlite allows one process).
 * PostgreSQL: prints the pg_dump command to use (the database's own tools do it better).
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { openConfiguredDatabase } from "../boot.ts";
import { loadConfig } from "../config.ts";
import { DatabaseStartupError } from "../platform/db/database.ts";
import { describeDatabase, runCli } from "./cli-support.ts";

function timestamp(now = new Date()): string {
  // 2025-01-31T12-00-00-123Z: sortable and valid in file names everywhere.
  return now.toISOString().replace(/[:.]/g, "-");
}

runCli("db:backup", async () => {
  const config = loadConfig();
  const stamp = timestamp();
  if (config.databaseUrl) {
    process.stdout.write(
      [
        `The ${describeDatabase(config)} is backed up with PostgreSQL's own tools, e.g.:`,
        "",
        `  pg_dump --format=custom --no-owner --file=approdo-${stamp}.dump "$DATABASE_URL"`,
        "",
        "Restore into an empty database (the role app_user is cluster-wide: create it first with",
        "CREATE ROLE app_user NOLOGIN, or run `npm run db:migrate` on the empty database once):",
        "",
        `  pg_restore --no-owner --dbname="$DATABASE_URL" approdo-${stamp}.dump`,
        "",
        "For point-in-time recovery use continuous WAL archiving (pgBackRest, Barman or your provider's backups).",
        "",
      ].join("\n"),
    );
    return 0;
  }

  const dataDir = join(config.dataDir, "pglite");
  if (!existsSync(dataDir)) {
    process.stderr.write(`db:backup: there is no embedded database in ${dataDir}: nothing to back up\n`);
    return 1;
  }
  let database: Awaited<ReturnType<typeof openConfiguredDatabase>>;
  try {
    database = await openConfiguredDatabase(config, { migrate: false });
  } catch (error) {
    if (error instanceof DatabaseStartupError && /in use/.test(error.message)) {
      process.stderr.write(
        `db:backup: the embedded database is in use: stop Approdo (the server or the worker) first, then run the backup again.\n  ${error.message}\n`,
      );
      return 1;
    }
    throw error;
  }
  try {
    // The PGlite client under Drizzle: only it can dump its data directory.
    const client = (database.db as unknown as { $client: PGlite }).$client;
    const dump = await client.dumpDataDir("gzip");
    const backups = join(config.dataDir, "backups");
    mkdirSync(backups, { recursive: true });
    const file = join(backups, `approdo-${stamp}.tar.gz`);
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()), { flag: "wx", mode: 0o600 });
    const mb = (statSync(file).size / 1024 / 1024).toFixed(1);
    process.stdout.write(
      [
        `Backup written: ${file} (${mb} MB)`,
        "It holds personal data: store it encrypted and off this machine, and delete it when no longer needed.",
        `To restore: stop Approdo, move ${dataDir} aside, create it empty and unpack the archive into it:`,
        `  mkdir ${dataDir} && tar -xzf ${file} -C ${dataDir}`,
        "",
      ].join("\n"),
    );
    return 0;
  } finally {
    await database.close();
  }
});
