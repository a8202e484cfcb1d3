import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadSmtpConfig, MailConfigError, type SmtpConfig } from "./platform/mail/mail-config.ts";

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Claim that carries the Approdo username (e.g. "preferred_username", or a fiscal-code claim from a SPID/CIE broker). */
  usernameClaim: string;
}

/** An S3-compatible bucket (AWS, OVH, Aruba, MinIO…) for the encrypted files. */
export interface S3StorageConfig {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `endpoint/bucket/key` (MinIO and most self-hosted stores) instead of `bucket.endpoint/key`. */
  forcePathStyle: boolean;
}

/** Where uploaded files live (always encrypted, see platform/storage). */
export type StorageConfig = { backend: "local"; dir: string } | { backend: "s3"; s3: S3StorageConfig };

export interface AppConfig {
  env: "production" | "development" | "test";
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  allowEmbeddedDb: boolean;
  demoMode: boolean;
  /** "inline": jobs run inside the web process; "separate": only `npm run worker` runs them. */
  workerMode: "inline" | "separate" | "off";
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  secretKey: Buffer;
  trustProxy: boolean;
  logLevel: string;
  oidc: OidcConfig | null;
  webDist: string | null;
  storage: StorageConfig;
  /** Outgoing mail for the reminder digest; null: no mail (never any in demo mode either). */
  smtp: SmtpConfig | null;
  /** A case without activity for this many days gets a reminder for its case manager. */
  reminderInactivityDays: number;
}

export class ConfigError extends Error {}

function readInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new ConfigError(`${name} must be a positive integer, got "${value}"`);
  return n;
}

/**
 * The secret key encrypts TOTP secrets at rest. In production it must come from the environment;
 * on a development machine one is generated once and kept in DATA_DIR.
 */
function loadSecretKey(env: NodeJS.ProcessEnv, dataDir: string, production: boolean): Buffer {
  const fromEnv = env.APPRODO_SECRET_KEY;
  if (fromEnv) {
    const key = Buffer.from(fromEnv, "base64");
    if (key.length !== 32) throw new ConfigError("APPRODO_SECRET_KEY must be 32 bytes, base64-encoded");
    return key;
  }
  if (production) throw new ConfigError("APPRODO_SECRET_KEY is required when NODE_ENV=production");
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, "secret.key");
  if (existsSync(file)) return Buffer.from(readFileSync(file, "utf8").trim(), "base64");
  const key = randomBytes(32);
  writeFileSync(file, key.toString("base64"), { mode: 0o600 });
  return key;
}

function loadStorageConfig(env: NodeJS.ProcessEnv, dataDir: string): StorageConfig {
  const backend = env.STORAGE_BACKEND || "local";
  if (backend === "local") return { backend, dir: resolve(env.STORAGE_DIR || join(dataDir, "files")) };
  if (backend !== "s3") throw new ConfigError(`STORAGE_BACKEND must be local or s3, got "${backend}"`);
  const missing = ["S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"].filter((k) => !env[k]);
  if (missing.length > 0) throw new ConfigError(`STORAGE_BACKEND=s3 needs ${missing.join(", ")}`);
  const region = env.S3_REGION || "us-east-1";
  const endpoint = env.S3_ENDPOINT || `https://s3.${region}.amazonaws.com`;
  if (!/^https?:\/\/[^/]+/.test(endpoint)) {
    throw new ConfigError(`S3_ENDPOINT must be an http(s) URL, got "${endpoint}"`);
  }
  const pathStyle = (env.S3_FORCE_PATH_STYLE ?? "").toLowerCase();
  return {
    backend,
    s3: {
      endpoint,
      bucket: env.S3_BUCKET ?? "",
      region,
      accessKeyId: env.S3_ACCESS_KEY_ID ?? "",
      secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? "",
      forcePathStyle: pathStyle === "1" || pathStyle === "true",
    },
  };
}

function loadMailConfig(env: NodeJS.ProcessEnv): SmtpConfig | null {
  try {
    return loadSmtpConfig(env);
  } catch (error) {
    throw error instanceof MailConfigError ? new ConfigError(error.message) : error;
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv =
    env.NODE_ENV === "production" ? "production" : env.NODE_ENV === "test" ? "test" : "development";
  const production = nodeEnv === "production";
  const dataDir = resolve(env.DATA_DIR ?? "./data");
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  const allowEmbeddedDb = env.ALLOW_EMBEDDED_DB === "1";
  if (production && !databaseUrl && !allowEmbeddedDb) {
    throw new ConfigError(
      "The embedded database (PGlite) is not for production: set DATABASE_URL=postgres://… or, knowingly, ALLOW_EMBEDDED_DB=1",
    );
  }
  const demoRequested = env.DEMO_MODE === undefined ? !production : env.DEMO_MODE === "1";
  if (production && demoRequested) {
    throw new ConfigError("Demo mode (DEMO_MODE=1) is refused when NODE_ENV=production");
  }
  const workerMode = env.WORKER_MODE ?? "inline";
  if (workerMode !== "inline" && workerMode !== "separate" && workerMode !== "off") {
    throw new ConfigError(`WORKER_MODE must be inline, separate or off, got "${workerMode}"`);
  }
  let oidc: OidcConfig | null = null;
  if (env.OIDC_ISSUER) {
    const missing = ["OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_REDIRECT_URI"].filter((k) => !env[k]);
    if (missing.length > 0) throw new ConfigError(`OIDC_ISSUER is set but ${missing.join(", ")} missing`);
    oidc = {
      issuer: env.OIDC_ISSUER,
      clientId: env.OIDC_CLIENT_ID ?? "",
      clientSecret: env.OIDC_CLIENT_SECRET ?? "",
      redirectUri: env.OIDC_REDIRECT_URI ?? "",
      usernameClaim: env.OIDC_USERNAME_CLAIM ?? "preferred_username",
    };
  }
  const webDist = resolve(env.WEB_DIST ?? join(import.meta.dirname, "../../web/dist"));
  return {
    env: nodeEnv,
    port: readInt(env.PORT, 3000, "PORT"),
    host: env.HOST ?? "0.0.0.0",
    dataDir,
    databaseUrl,
    allowEmbeddedDb,
    demoMode: demoRequested,
    workerMode,
    sessionIdleMinutes: readInt(env.SESSION_IDLE_MINUTES, 30, "SESSION_IDLE_MINUTES"),
    sessionAbsoluteHours: readInt(env.SESSION_ABSOLUTE_HOURS, 12, "SESSION_ABSOLUTE_HOURS"),
    secretKey: loadSecretKey(env, dataDir, production),
    trustProxy: env.TRUST_PROXY === "1",
    logLevel: env.LOG_LEVEL ?? (nodeEnv === "test" ? "silent" : "info"),
    oidc,
    webDist: existsSync(webDist) ? webDist : null,
    storage: loadStorageConfig(env, dataDir),
    smtp: loadMailConfig(env),
    reminderInactivityDays: readInt(env.REMINDER_INACTIVITY_DAYS, 30, "REMINDER_INACTIVITY_DAYS"),
  };
}
