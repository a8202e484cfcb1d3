import { existsSync } from "node:fs";
import { join } from "node:path";
import cookie from "@fastify/cookie";
import multipart from "@fastify/multipart";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { z } from "zod";
import { authenticateHook, registerAuthRoutes } from "./modules/auth/index.ts";
import { registerModules } from "./modules/registry.ts";
import { AppError } from "./platform/errors/app-error.ts";
import { errorHandler } from "./platform/http/error-handler.ts";
import type { AppDeps, AppInstance } from "./platform/http/types.ts";
import { loggerOptions } from "./platform/logging/logger.ts";
import { createMetrics } from "./platform/metrics/metrics.ts";
import { MAX_UPLOAD_BYTES } from "./platform/storage/index.ts";

export async function buildApp(deps: AppDeps): Promise<AppInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: loggerOptions(config.logLevel),
    trustProxy: config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.decorateRequest("actor", null);
  app.decorateRequest("authSession", null);

  const metrics = createMetrics();
  app.addHook("onResponse", async (request, reply) => {
    metrics.requests.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? "unmatched",
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });
  app.addHook("onSend", async (_request, reply, payload) => {
    reply.header("X-Content-Type-Options", "nosniff");
    reply.header("Referrer-Policy", "same-origin");
    reply.header("X-Frame-Options", "DENY");
    return payload;
  });

  await app.register(cookie);
  // Uploads are streamed (never buffered whole); one file per request. Past a limit the request
  // fails with 413 PAYLOAD_TOO_LARGE. Small fields only: they carry codes, not documents.
  await app.register(multipart, {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 20, fieldSize: 64 * 1024, parts: 25 },
  });
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Approdo API",
        version: "1.0.0",
        description: "Integrated case management for migrant-integration networks",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "approdo_session" },
          bearer: { type: "http", scheme: "bearer" },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", uiConfig: { docExpansion: "list" } });

  app.addHook("onRequest", async (request, reply) => {
    // Only the API needs an actor; static files, health and docs do not touch the database.
    if (!request.url.startsWith("/api/") || request.url.startsWith("/api/docs")) {
      request.actor = null;
      return;
    }
    await authenticateHook(deps)(request, reply);
  });

  app.get("/healthz", { config: { public: true }, schema: { hide: true } }, async () => ({ status: "ok" }));
  app.get("/readyz", { config: { public: true }, schema: { hide: true } }, async (_request, reply) => {
    try {
      await deps.database.raw.query("select 1");
      return { status: "ready" };
    } catch {
      reply.status(503);
      return { status: "unavailable" };
    }
  });
  app.get("/metrics", { config: { public: true }, schema: { hide: true } }, async (_request, reply) => {
    reply.type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });
  app.get(
    "/api/openapi.json",
    { config: { public: true }, schema: { hide: true, response: { 200: z.unknown() } } },
    async () => app.swagger(),
  );

  registerAuthRoutes(app, deps);
  registerModules(app, deps);

  if (config.webDist && existsSync(join(config.webDist, "index.html"))) {
    await app.register(fastifyStatic, { root: config.webDist, wildcard: false, index: ["index.html"] });
    app.setNotFoundHandler((request, reply) => {
      if (
        request.method === "GET" &&
        !request.url.startsWith("/api/") &&
        request.headers.accept?.includes("text/html")
      ) {
        return reply.sendFile("index.html");
      }
      throw new AppError("NOT_FOUND", "No such path");
    });
  } else {
    app.setNotFoundHandler(() => {
      throw new AppError("NOT_FOUND", "No such path");
    });
  }
  return app;
}
