import PgBoss from "pg-boss";
import type { Database } from "../db/database.ts";

export type JobHandler<T> = (data: T, meta: { id: string; name: string }) => Promise<void>;

export interface JobStatus {
  id: string;
  name: string;
  state: string;
  output: unknown;
}

/**
 * Background jobs (imports, exports, reminders, PDFs) on pg-boss. Jobs live in the database, so
 * any instance may enqueue and any worker — in-process or `npm run worker` — may run them.
 */
export interface Jobs {
  start(options: { work: boolean }): Promise<void>;
  register<T extends object>(name: string, handler: JobHandler<T>): void;
  /** A recurring job (cron, UTC); pg-boss makes sure only one instance enqueues each tick. */
  schedule(name: string, cron: string): void;
  send<T extends object>(
    name: string,
    data: T,
    options?: {
      singletonKey?: string;
      startAfterSeconds?: number;
      /** How long a run may last before pg-boss fails it and retries it (default 15 minutes, < 24 h). */
      expireInSeconds?: number;
      /** Retries after a failure or an expiry (default 3). */
      retryLimit?: number;
      /** Delay before a retry (default: pg-boss's, doubling from it). */
      retryDelaySeconds?: number;
    },
  ): Promise<string>;
  status(name: string, id: string): Promise<JobStatus | null>;
  stop(): Promise<void>;
}

interface Registered {
  name: string;
  handler: JobHandler<object>;
}

/** pg-boss talks to PGlite through this adapter: parameterless multi-statement scripts go through exec. */
function executorFor(database: Database) {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (!values || values.length === 0) {
        if (database.kind === "pglite") {
          // A script of several statements (schema creation, maintenance) has no parameters.
          const statements = text.includes(";");
          if (statements) {
            await database.raw.exec(text);
            return { rows: [] };
          }
        }
        return database.raw.query(text);
      }
      return database.raw.query(text, values);
    },
  };
}

export function createJobs(database: Database): Jobs {
  const registered: Registered[] = [];
  const schedules: { name: string; cron: string }[] = [];
  let boss: PgBoss | null = null;
  let working = false;

  async function ensureBoss(): Promise<PgBoss> {
    if (boss) return boss;
    const instance = new PgBoss({
      db: executorFor(database),
      schema: "pgboss",
      supervise: true,
      schedule: true,
    });
    instance.on("error", () => {
      // pg-boss retries on its own; failures of jobs are recorded on the job row.
    });
    await instance.start();
    boss = instance;
    return instance;
  }

  return {
    async start({ work }) {
      const b = await ensureBoss();
      for (const r of registered) await b.createQueue(r.name);
      for (const s of schedules) await b.schedule(s.name, s.cron, {}, { tz: "UTC" });
      if (!work) return;
      working = true;
      for (const r of registered) {
        await b.work<object>(r.name, { pollingIntervalSeconds: 1 }, async (jobs) => {
          for (const job of jobs) await r.handler(job.data, { id: job.id, name: job.name });
        });
      }
    },
    register(name, handler) {
      registered.push({ name, handler: handler as JobHandler<object> });
    },
    schedule(name, cron) {
      schedules.push({ name, cron });
    },
    async send(name, data, options) {
      const b = await ensureBoss();
      await b.createQueue(name);
      const id = await b.send(name, data, {
        ...(options?.singletonKey ? { singletonKey: options.singletonKey } : {}),
        ...(options?.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
        ...(options?.expireInSeconds ? { expireInSeconds: options.expireInSeconds } : {}),
        ...(options?.retryDelaySeconds ? { retryDelay: options.retryDelaySeconds } : {}),
        retryLimit: options?.retryLimit ?? 3,
        retryBackoff: true,
      });
      if (!id) throw new Error(`job ${name} was not queued (duplicate singleton key?)`);
      return id;
    },
    async status(name, id) {
      const b = await ensureBoss();
      const job = await b.getJobById(name, id);
      if (!job) return null;
      return { id: job.id, name: job.name, state: job.state, output: job.output };
    },
    async stop() {
      if (!boss) return;
      const b = boss;
      boss = null;
      await b.stop({ graceful: working, wait: true, timeout: 5000 });
    },
  };
}
