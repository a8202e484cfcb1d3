import { join } from "node:path";
import type { AppConfig } from "../config.ts";
import { ConfigError } from "../config.ts";
import { DatabaseStartupError } from "../platform/db/database.ts";

/** Runs a command-line entry point: its result is the exit code; known start-up errors print one line. */
export function runCli(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      const known = error instanceof ConfigError || error instanceof DatabaseStartupError;
      const text = known ? (error as Error).message : String((error as Error)?.stack ?? error);
      process.stderr.write(`${name}: ${text}\n`);
      process.exit(1);
    },
  );
}

/** Which database a command works on, for its output; never the password of DATABASE_URL. */
export function describeDatabase(config: AppConfig): string {
  if (!config.databaseUrl) return `embedded PGlite database in ${join(config.dataDir, "pglite")}`;
  try {
    const u = new URL(config.databaseUrl);
    return `PostgreSQL database ${u.pathname.replace(/^\//, "") || "(default)"} on ${u.hostname}${u.port ? `:${u.port}` : ""}`;
  } catch {
    return "PostgreSQL database (DATABASE_URL)";
  }
}

/** The SQLSTATE of a driver error, wrapped or not by Drizzle (DrizzleQueryError keeps it in `cause`). */
export function sqlState(error: unknown): string | undefined {
  let e = error as { code?: unknown; cause?: unknown } | undefined;
  for (let i = 0; e && i < 5; i++) {
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}
