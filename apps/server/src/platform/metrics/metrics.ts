import client from "prom-client";

/** Prometheus metrics: request counts and durations by route template (never by raw URL, which may carry ids). */
export function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const requests = new client.Histogram({
    name: "approdo_http_request_duration_seconds",
    help: "HTTP request duration by method, route template and status",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return { registry, requests };
}
export type Metrics = ReturnType<typeof createMetrics>;
