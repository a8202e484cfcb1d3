import { buildApp } from "./app.ts";
import { openConfiguredDatabase } from "./boot.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { ensureCatalogues } from "./modules/catalogues/index.ts";
import { seedDemoIfEmpty } from "./modules/demo/index.ts";
import { registerJobHandlers } from "./modules/jobs.ts";
import { ensureTerritories } from "./modules/territories/index.ts";
import { DatabaseStartupError } from "./platform/db/database.ts";
import { createJobs } from "./platform/jobs/jobs.ts";
import { openFileStore } from "./platform/storage/index.ts";

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  await ensureTerritories(database);
  await ensureCatalogues(database);
  const jobs = createJobs(database);
  const storage = await openFileStore(config.storage);
  const deps = { config, database, jobs, storage };
  if (config.demoMode) await seedDemoIfEmpty(deps);
  registerJobHandlers(deps);
  await jobs.start({ work: config.workerMode === "inline" });
  const app = await buildApp(deps);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down");
    await app.close();
    await jobs.stop();
    await database.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    {
      port: config.port,
      engine: database.kind,
      demo: config.demoMode,
      worker: config.workerMode,
      storage: storage.kind,
    },
    `Approdo is listening on http://localhost:${config.port}`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseStartupError) {
    process.stderr.write(`Approdo cannot start: ${error.message}\n`);
  } else {
    process.stderr.write(`Approdo cannot start: ${(error as Error).stack ?? String(error)}\n`);
  }
  process.exit(1);
});
