import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

const KEY = Buffer.alloc(32, 1).toString("base64");

function env(vars: Record<string, string>): NodeJS.ProcessEnv {
  return { DATA_DIR: mkdtempSync(join(tmpdir(), "approdo-config-")), WEB_DIST: "/nonexistent", ...vars };
}

function refusal(vars: Record<string, string>): ConfigError {
  try {
    loadConfig(env(vars));
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error("expected loadConfig to refuse");
}

const production = { NODE_ENV: "production", APPRODO_SECRET_KEY: KEY };
const postgres = { DATABASE_URL: "postgres://approdo@db.internal/approdo" };

describe("loadConfig in production", () => {
  it("refuses the embedded database without DATABASE_URL, naming ALLOW_EMBEDDED_DB", () => {
    expect(refusal(production).message).toMatch(/ALLOW_EMBEDDED_DB/);
    expect(refusal({ ...production, DATABASE_URL: "  " }).message).toMatch(/ALLOW_EMBEDDED_DB/);
    expect(refusal({ ...production, ALLOW_EMBEDDED_DB: "true" }).message).toMatch(/ALLOW_EMBEDDED_DB/);
  });

  it("accepts the embedded database when knowingly allowed with ALLOW_EMBEDDED_DB=1", () => {
    const config = loadConfig(env({ ...production, ALLOW_EMBEDDED_DB: "1" }));
    expect(config.env).toBe("production");
    expect(config.databaseUrl).toBeNull();
    expect(config.allowEmbeddedDb).toBe(true);
    expect(config.demoMode).toBe(false);
  });

  it("accepts PostgreSQL, with demo mode off by default", () => {
    const config = loadConfig(env({ ...production, ...postgres }));
    expect(config.databaseUrl).toBe(postgres.DATABASE_URL);
    expect(config.demoMode).toBe(false);
    expect(config.secretKey.equals(Buffer.from(KEY, "base64"))).toBe(true);
  });

  it("refuses DEMO_MODE=1", () => {
    expect(refusal({ ...production, ...postgres, DEMO_MODE: "1" }).message).toMatch(/DEMO_MODE=1/);
  });

  it("refuses to start without APPRODO_SECRET_KEY, and never generates one", () => {
    const vars = env({ NODE_ENV: "production", ...postgres });
    expect(() => loadConfig(vars)).toThrow(ConfigError);
    expect(() => loadConfig(vars)).toThrow(/APPRODO_SECRET_KEY/);
    expect(existsSync(join(vars.DATA_DIR ?? "", "secret.key"))).toBe(false);
  });

  it("refuses a secret key that is not 32 bytes", () => {
    const short = Buffer.alloc(16, 1).toString("base64");
    expect(refusal({ ...production, ...postgres, APPRODO_SECRET_KEY: short }).message).toMatch(/32 bytes/);
  });
});

describe("loadConfig elsewhere", () => {
  it("runs in demo mode on PGlite by default on a development machine, with a generated, persisted key", () => {
    const vars = env({});
    const config = loadConfig(vars);
    expect(config.env).toBe("development");
    expect(config.demoMode).toBe(true);
    expect(config.databaseUrl).toBeNull();
    expect(config.secretKey).toHaveLength(32);
    const file = join(vars.DATA_DIR ?? "", "secret.key");
    expect(Buffer.from(readFileSync(file, "utf8"), "base64").equals(config.secretKey)).toBe(true);
    expect(loadConfig(vars).secretKey.equals(config.secretKey)).toBe(true);
  });

  it("reads OIDC settings only as a complete set, with preferred_username as the default claim", () => {
    expect(refusal({ OIDC_ISSUER: "https://id.example", OIDC_CLIENT_ID: "approdo" }).message).toMatch(
      /OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI/,
    );
    const oidc = {
      OIDC_ISSUER: "https://id.example",
      OIDC_CLIENT_ID: "approdo",
      OIDC_CLIENT_SECRET: "s",
      OIDC_REDIRECT_URI: "https://approdo.example/api/v1/auth/oidc/callback",
    };
    expect(loadConfig(env(oidc)).oidc?.usernameClaim).toBe("preferred_username");
    expect(loadConfig(env({ ...oidc, OIDC_USERNAME_CLAIM: "fiscal_number" })).oidc?.usernameClaim).toBe(
      "fiscal_number",
    );
    expect(loadConfig(env({})).oidc).toBeNull();
  });

  it("refuses a malformed number or worker mode", () => {
    expect(refusal({ PORT: "http" }).message).toMatch(/PORT/);
    expect(refusal({ SESSION_IDLE_MINUTES: "0" }).message).toMatch(/SESSION_IDLE_MINUTES/);
    expect(refusal({ WORKER_MODE: "both" }).message).toMatch(/WORKER_MODE/);
  });
});
