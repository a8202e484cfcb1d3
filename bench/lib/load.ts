/** A closed-loop load driver: `concurrency` workers each run one task after another until a bound is hit. */

export interface LoadOptions {
  concurrency: number;
  /** Stop after this many tasks have been started (over all workers)… */
  maxRequests: number;
  /** …or after this many milliseconds, whichever comes first. */
  maxMs: number;
  /** One request or transaction; throws on failure. `worker` is 0 … concurrency-1. */
  task(worker: number): Promise<void>;
}

export interface Summary {
  concurrency: number;
  /** Successful tasks. */
  count: number;
  errors: number;
  elapsedMs: number;
  /** Successful tasks per second of wall time. */
  perSecond: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  firstError?: string;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function summarize(
  concurrency: number,
  latencies: readonly number[],
  elapsedMs: number,
  errors = 0,
  firstError?: string,
): Summary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const total = sorted.reduce((s, x) => s + x, 0);
  return {
    concurrency,
    count: sorted.length,
    errors,
    elapsedMs,
    perSecond: sorted.length / (elapsedMs / 1000),
    meanMs: sorted.length ? total / sorted.length : Number.NaN,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    ...(firstError ? { firstError } : {}),
  };
}

export interface RawRun {
  latencies: number[];
  elapsedMs: number;
  errors: number;
  firstError?: string;
}

export async function runLoadRaw(options: LoadOptions): Promise<RawRun> {
  const latencies: number[] = [];
  let started = 0;
  let errors = 0;
  let firstError: string | undefined;
  const t0 = performance.now();
  const deadline = t0 + options.maxMs;
  const worker = async (w: number) => {
    while (started < options.maxRequests && performance.now() < deadline) {
      started += 1;
      const s = performance.now();
      try {
        await options.task(w);
        latencies.push(performance.now() - s);
      } catch (error) {
        errors += 1;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, w) => worker(w)));
  return { latencies, elapsedMs: performance.now() - t0, errors, ...(firstError ? { firstError } : {}) };
}

export async function runLoad(options: LoadOptions): Promise<Summary> {
  const r = await runLoadRaw(options);
  if (r.latencies.length === 0) throw new Error(`every task failed: ${r.firstError ?? "no task ran"}`);
  return summarize(options.concurrency, r.latencies, r.elapsedMs, r.errors, r.firstError);
}

/** Formats rows as a plain, right-aligned text table (first column left-aligned). */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(headers), rule, ...rows.map(line)].join("\n");
}

export const fmt = (x: number, digits = 1): string => (Number.isFinite(x) ? x.toFixed(digits) : "n/a");

/** Rounds every number in a structure to 3 decimals, for the JSON line. */
export function rounded<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_k, v) => (typeof v === "number" ? Math.round(v * 1000) / 1000 : v)),
  ) as T;
}
