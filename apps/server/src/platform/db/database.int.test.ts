import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase, testEngine } from "../../testing/index.ts";
import { assertUtf8, DatabaseStartupError, openPostgres } from "./database.ts";

/**
 * Trigram similarity of Arabic or Cyrillic names is silently 0 on a database whose LC_CTYPE is not
 * UTF-8: Approdo refuses to start on one rather than return wrong duplicate-detection results.
 */
describe(`assertUtf8 (${testEngine})`, () => {
  it("accepts the test database (UTF-8 encoding and LC_CTYPE)", async () => {
    const db = await createTestDatabase();
    try {
      await expect(assertUtf8(db.database)).resolves.toBeUndefined();
    } finally {
      await db.drop();
    }
  });
});

describe.skipIf(testEngine !== "postgres")("assertUtf8 on a database created without UTF-8", () => {
  const created: string[] = [];
  const adminUrl = () => {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error("TEST_DB=postgres needs TEST_DATABASE_URL");
    return url;
  };

  async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
    const c = new pg.Client({ connectionString: adminUrl() });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  }

  async function createDatabase(options: string): Promise<string> {
    const name = `approdo_enc_${randomBytes(5).toString("hex")}`;
    await admin((c) => c.query(`create database ${name} template template0 ${options}`));
    created.push(name);
    const u = new URL(adminUrl());
    u.pathname = `/${name}`;
    return u.toString();
  }

  afterAll(async () => {
    await admin(async (c) => {
      for (const name of created) await c.query(`drop database if exists ${name} with (force)`);
    });
  });

  it.each([
    ["SQL_ASCII with LC_CTYPE C", "encoding 'SQL_ASCII' lc_ctype 'C' lc_collate 'C'", /SQL_ASCII/],
    ["UTF8 encoding but LC_CTYPE C", "encoding 'UTF8' lc_ctype 'C' lc_collate 'C'", /LC_CTYPE C\b/],
  ])("refuses %s, saying it must be UTF-8", async (_label, options, detail) => {
    const database = await openPostgres(await createDatabase(options), 1);
    try {
      const error = await assertUtf8(database).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DatabaseStartupError);
      expect((error as Error).message).toMatch(/UTF-8/);
      expect((error as Error).message).toMatch(detail);
    } finally {
      await database.close();
    }
  });
});
