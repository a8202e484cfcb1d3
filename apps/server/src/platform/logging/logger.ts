import type { FastifyServerOptions } from "fastify";

/**
 * Structured JSON logs. Request logs carry method, route template, status and timing, never
 * bodies, query strings, cookies or authorization headers (they may hold personal data or secrets).
 */
export function loggerOptions(level: string): FastifyServerOptions["logger"] {
  return {
    level,
    redact: {
      paths: [
        "req.headers.cookie",
        "req.headers.authorization",
        "req.headers['x-csrf-token']",
        "password",
        "*.password",
      ],
      censor: "[redacted]",
    },
    serializers: {
      req(req: { method: string; routeOptions?: { url?: string }; url: string; id: string }) {
        return { id: req.id, method: req.method, route: req.routeOptions?.url ?? req.url.split("?")[0] };
      },
      res(res: { statusCode: number }) {
        return { statusCode: res.statusCode };
      },
    },
  };
}
