import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../platform/authz/actor.ts";
import { type Database, openPglite, openPostgres } from "../platform/db/database.ts";
import { migrationsFolder } from "../platform/db/migrate.ts";
import { inTransaction, noMeta } from "../platform/db/transaction.ts";
import { TEST_SECRET_KEY, testEngine } from "../testing/index.ts";

/**
 * The operator's commands, run as an operator runs them: a separate Node process with tsx, on a
 * database of their own (an empty PGlite directory, or an empty PostgreSQL database).
 */
const serverDir = join(import.meta.dirname, "../..");
const TIMEOUT = 120_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let dataDir: string;
let databaseUrl: string | null = null;
let databaseName: string | null = null;

function cli(script: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "test",
    DATA_DIR: dataDir,
    APPRODO_SECRET_KEY: TEST_SECRET_KEY,
    DEMO_MODE: "0",
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join("src/cli", script)], {
      cwd: serverDir,
      env,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

function journalTags(): string[] {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
    entries: Array<{ tag: string }>;
  };
  return journal.entries.map((e) => e.tag);
}

/** Opens the database the commands use, from the test process (which then holds the PGlite lock). */
function openSame(): Promise<Database> {
  return databaseUrl ? openPostgres(databaseUrl, 2) : openPglite({ dataDir: join(dataDir, "pglite") });
}

async function withSame<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openSame();
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "approdo-cli-"));
  if (testEngine === "postgres") {
    const admin = process.env.TEST_DATABASE_URL;
    if (!admin) throw new Error("TEST_DB=postgres needs TEST_DATABASE_URL");
    databaseName = `approdo_cli_${Date.now().toString(36)}`;
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(`create database ${databaseName} encoding 'UTF8' template template0`);
    await c.end();
    const u = new URL(admin);
    u.pathname = `/${databaseName}`;
    databaseUrl = u.toString();
  }
});

afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  if (databaseName && process.env.TEST_DATABASE_URL) {
    const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await c.connect();
    await c.query(`drop database if exists ${databaseName} with (force)`);
    await c.end();
  }
});

describe(`operator commands (${testEngine})`, () => {
  it(
    "db:migrate applies the migrations to an empty database, then finds nothing to do",
    async () => {
      const first = await cli("migrate.ts");
      expect(first.stderr).toBe("");
      expect(first.code).toBe(0);
      const tags = journalTags();
      expect(tags).toContain("0001_security");
      for (const tag of tags) expect(first.stdout).toContain(`applied ${tag}`);
      expect(first.stdout).toContain(
        `Applied ${tags.length} migration(s); the database is at ${tags.at(-1)}`,
      );
      const again = await cli("migrate.ts");
      expect(again.code).toBe(0);
      expect(again.stdout).toContain(`Already up to date: ${tags.length} migration(s) applied`);
      expect(again.stdout).not.toContain("applied 0");
    },
    TIMEOUT,
  );

  it(
    "audit:verify says intact with the number of events, and names the first broken one with exit code 2",
    async () => {
      await withSame(async (database) => {
        await inTransaction(database, systemActor, noMeta, async (ctx) => {
          for (let i = 1; i <= 3; i++) ctx.audit({ action: `test.cli_${i}`, entityType: "test" });
        });
        await database.raw.query("update audit_events set action = 'test.forged' where seq = 2");
      });
      const broken = await cli("audit-verify.ts");
      expect(broken.code).toBe(2);
      expect(broken.stdout).toContain("Audit trail BROKEN at event #2: content does not match its hash");

      await withSame((database) =>
        database.raw.query("update audit_events set action = 'test.cli_2' where seq = 2"),
      );
      const intact = await cli("audit-verify.ts");
      expect(intact.stderr).toBe("");
      expect(intact.code).toBe(0);
      expect(intact.stdout).toContain("Audit trail intact: 3 events checked");
    },
    TIMEOUT,
  );

  it.runIf(testEngine === "pglite")(
    "db:backup refuses while the embedded database is open elsewhere, then writes a restorable tarball",
    async () => {
      const holder = await openSame();
      let busy: Run;
      try {
        busy = await cli("backup.ts");
      } finally {
        await holder.close();
      }
      expect(busy.code).toBe(1);
      expect(busy.stderr).toMatch(/in use: stop Approdo/);
      expect(busy.stderr).toContain(String(process.pid));

      const ok = await cli("backup.ts");
      expect(ok.stderr).toBe("");
      expect(ok.code).toBe(0);
      const files = readdirSync(join(dataDir, "backups"));
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/^approdo-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.tar\.gz$/);
      expect(ok.stdout).toContain(`Backup written: ${join(dataDir, "backups", files[0] ?? "")}`);

      // The tarball is a complete database: it opens and holds the audit trail written above.
      const tarball = readFileSync(join(dataDir, "backups", files[0] ?? ""));
      const restored = await openPglite({ loadDataDir: new Blob([tarball]) });
      try {
        const { rows } = await restored.raw.query<{ n: number }>(
          "select count(*)::int as n from audit_events",
        );
        expect(rows[0]?.n).toBe(3);
      } finally {
        await restored.close();
      }
    },
    TIMEOUT,
  );

  it.runIf(testEngine === "postgres")(
    "db:backup prints the pg_dump command for PostgreSQL, without the connection's password",
    async () => {
      const res = await cli("backup.ts");
      expect(res.code).toBe(0);
      expect(res.stdout).toMatch(
        /pg_dump --format=custom --no-owner --file=approdo-[\dTZ-]+\.dump "\$DATABASE_URL"/,
      );
      expect(res.stdout).toContain("pg_restore");
    },
    TIMEOUT,
  );
});
