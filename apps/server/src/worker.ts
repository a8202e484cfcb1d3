import { openConfiguredDatabase } from "./boot.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { registerJobHandlers } from "./modules/jobs.ts";
import { DatabaseStartupError } from "./platform/db/database.ts";
import { createJobs } from "./platform/jobs/jobs.ts";
import { openFileStore } from "./platform/storage/index.ts";

/** `npm run worker`: runs background jobs only, for deployments with WORKER_MODE=separate on the web instances. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) {
    throw new ConfigError(
      "A separate worker needs PostgreSQL (DATABASE_URL): the embedded database allows one process only",
    );
  }
  const database = await openConfiguredDatabase(config);
  const jobs = createJobs(database);
  const storage = await openFileStore(config.storage);
  registerJobHandlers({ config, database, jobs, storage });
  await jobs.start({ work: true });
  process.stdout.write(
    `${JSON.stringify({ level: 30, msg: "Approdo worker started", engine: database.kind })}\n`,
  );
  const stop = async () => {
    await jobs.stop();
    await database.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof DatabaseStartupError;
  process.stderr.write(
    `Approdo worker cannot start: ${known ? (error as Error).message : String((error as Error).stack)}\n`,
  );
  process.exit(1);
});
