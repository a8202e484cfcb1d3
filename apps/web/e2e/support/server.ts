// The real Approdo server for one browser-journey file: in-process, on an in-memory PGlite database
// with the demo network, serving the built web app (apps/web/dist) on a free port of 127.0.0.1.
import { existsSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { seedDemoIfEmpty } from "../../../server/src/modules/demo/index.ts";
import { createTestApp, createTestDatabase } from "../../../server/src/testing/index.ts";

/** Absolute path of the built web app that the server serves. */
export const webDist = fileURLToPath(new URL("../../dist", import.meta.url));

export interface RunningServer {
  /** e.g. http://127.0.0.1:43817 (no trailing slash) */
  baseUrl: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  /**
   * Run the background jobs in this process (pg-boss polling every second), like the server with
   * its inline worker: for journeys that wait for a job, e.g. a spreadsheet import. Off by default,
   * like the tests of the API (jobs registered but not polled).
   */
  work?: boolean;
  /**
   * Seed the demo's fictional people and households along with the network (default true, as a
   * fresh demo instance). false: an empty registry, for journeys that assert exactly what is found.
   */
  demoPeople?: boolean;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  if (!existsSync(`${webDist}/index.html`)) {
    throw new Error(
      `The browser journeys need the built web app, but ${webDist}/index.html is missing: run \`npm run build:web\` first.`,
    );
  }
  const db = await createTestDatabase();
  // createTestApp is buildApp + testConfig(overrides) + jobs registered (polled only with `work`), like
  // the tests of the API; here in demo mode and with the web app served (index.html fallback for the
  // client routes).
  const testApp = await createTestApp(db.database, {
    config: { demoMode: true, webDist },
    work: options.work ?? false,
  });
  try {
    const seeded = await seedDemoIfEmpty(testApp.deps, { people: options.demoPeople ?? true });
    if (!seeded) throw new Error("the demo network was not seeded (database not empty?)");
    await testApp.app.listen({ port: 0, host: "127.0.0.1" });
  } catch (error) {
    await testApp.close();
    await db.drop();
    throw error;
  }
  const address = testApp.app.server.address();
  if (address === null || typeof address === "string") throw new Error("the server has no TCP address");
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    async close() {
      await testApp.close();
      await db.drop();
      rmSync(testApp.deps.config.dataDir, { recursive: true, force: true });
    },
  };
}
