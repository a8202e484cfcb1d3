import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppConfig } from "../../config.ts";
import type { Actor } from "../authz/actor.ts";
import type { Database } from "../db/database.ts";
import type { Jobs } from "../jobs/jobs.ts";
import type { FileStore } from "../storage/file-store.ts";

export type AppInstance = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** Everything a module needs from the outside world, passed explicitly. */
export interface AppDeps {
  config: AppConfig;
  database: Database;
  jobs: Jobs;
  /** Where uploaded files live, encrypted (local directory or S3-compatible bucket). */
  storage: FileStore;
}

declare module "fastify" {
  interface FastifyRequest {
    /** Set by the authentication hook; null for anonymous requests. */
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Routes are private by default (deny by default); public ones say so. */
    public?: boolean;
    /** Skip the CSRF check (sign-in steps that happen before a CSRF token exists). */
    skipCsrf?: boolean;
  }
}
