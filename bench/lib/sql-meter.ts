/**
 * Counts the SQL statements node-postgres sends and the wall time until each one's answer, by
 * wrapping pg.Client.prototype.query for a while: with one request at a time, it splits a
 * request's latency into "waiting for PostgreSQL" and the rest (Node: HTTP, auth, validation,
 * scoring, JSON). Diagnostic only; stop() restores the original method.
 */
import pg from "pg";

export interface SqlMeter {
  reset(): void;
  read(): { statements: number; ms: number };
  stop(): void;
}

type QueryFn = (this: unknown, ...args: unknown[]) => unknown;

export function meterPgQueries(): SqlMeter {
  const proto = pg.Client.prototype as unknown as { query: QueryFn };
  const original = proto.query;
  let statements = 0;
  let ms = 0;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0] as { submit?: unknown } | undefined;
    if (first && typeof first === "object" && typeof first.submit === "function")
      return original.apply(this, args);
    statements += 1;
    const t = performance.now();
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (...cbArgs: unknown[]) => {
        ms += performance.now() - t;
        return (last as (...a: unknown[]) => unknown)(...cbArgs);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args);
    if (result && typeof (result as Promise<unknown>).finally === "function") {
      return (result as Promise<unknown>).finally(() => {
        ms += performance.now() - t;
      });
    }
    return result;
  };
  return {
    reset() {
      statements = 0;
      ms = 0;
    },
    read: () => ({ statements, ms }),
    stop() {
      proto.query = original;
    },
  };
}
