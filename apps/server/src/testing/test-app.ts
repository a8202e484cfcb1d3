import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LightMyRequestResponse } from "fastify";
import { buildApp } from "../app.ts";
import { type AppConfig, loadConfig } from "../config.ts";
import { registerJobHandlers } from "../modules/jobs.ts";
import type { Database } from "../platform/db/database.ts";
import type { AppDeps, AppInstance } from "../platform/http/types.ts";
import { createJobs } from "../platform/jobs/jobs.ts";
import { totpCode } from "../platform/security/totp.ts";
import type { FileStore } from "../platform/storage/file-store.ts";
import { LocalFileStore } from "../platform/storage/local-file-store.ts";

export const TEST_SECRET_KEY = Buffer.alloc(32, 7).toString("base64");

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  const dataDir = mkdtempSync(join(tmpdir(), "approdo-test-"));
  const config = loadConfig({
    NODE_ENV: "test",
    DATA_DIR: dataDir,
    APPRODO_SECRET_KEY: TEST_SECRET_KEY,
    DEMO_MODE: "0",
    WEB_DIST: "/nonexistent",
  });
  return { ...config, ...overrides };
}

export interface TestApp {
  app: AppInstance;
  deps: AppDeps;
  close(): Promise<void>;
}

/** The real application on a test database; jobs are registered but not polled unless `work` is set. */
export async function createTestApp(
  database: Database,
  options: { config?: Partial<AppConfig>; work?: boolean; storage?: FileStore } = {},
): Promise<TestApp> {
  const config = testConfig(options.config);
  const jobs = createJobs(database);
  // Files go to the test's own temporary DATA_DIR, unless the test brings a store (e.g. a fake S3).
  const storage = options.storage ?? new LocalFileStore(join(config.dataDir, "files"));
  const deps: AppDeps = { config, database, jobs, storage };
  registerJobHandlers(deps);
  if (options.work) await jobs.start({ work: true });
  const app = await buildApp(deps);
  await app.ready();
  return {
    app,
    deps,
    async close() {
      await app.close();
      await jobs.stop();
    },
  };
}

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** A signed-in browser-like client: keeps the cookie and sends the CSRF token on writes. */
export interface Agent {
  csrfToken: string;
  cookie: string;
  request(
    method: Method,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

function sessionCookie(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === "approdo_session");
  if (!c) throw new Error(`no session cookie (status ${res.statusCode}: ${res.body})`);
  return `approdo_session=${c.value}`;
}

export async function signIn(
  app: AppInstance,
  username: string,
  password: string,
  totpSecret?: string,
): Promise<Agent> {
  let res = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login failed ${res.statusCode}: ${res.body}`);
  let cookie = sessionCookie(res);
  let body = res.json() as { totpRequired?: boolean; csrfToken?: string };
  if (body.totpRequired) {
    if (!totpSecret) throw new Error(`${username} needs a TOTP code`);
    res = await app.inject({
      method: "POST",
      url: "/api/v1/auth/totp",
      payload: { code: totpCode(totpSecret) },
      headers: { cookie },
    });
    if (res.statusCode === 401) {
      // The current step was already used by an earlier sign-in of this user (replay guard): use the next one.
      const next = totpCode(totpSecret, Date.now() + 30_000);
      res = await app.inject({
        method: "POST",
        url: "/api/v1/auth/totp",
        payload: { code: next },
        headers: { cookie },
      });
    }
    if (res.statusCode !== 200) throw new Error(`totp failed ${res.statusCode}: ${res.body}`);
    cookie = sessionCookie(res);
    body = res.json() as { csrfToken?: string };
  }
  const csrfToken = body.csrfToken ?? "";
  return {
    csrfToken,
    cookie,
    request(method, url, payload, headers = {}) {
      return app.inject({
        method,
        url,
        ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
        headers: { cookie, ...(method === "GET" ? {} : { "x-csrf-token": csrfToken }), ...headers },
      });
    },
  };
}
