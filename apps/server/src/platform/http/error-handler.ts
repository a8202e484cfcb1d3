import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { AppError } from "../errors/app-error.ts";

interface PgLikeError {
  code?: string;
  constraint?: string;
}

function body(code: string, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** Every error leaves as `{"error":{"code","message","details"}}`; never a stack trace. */
export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof AppError) {
    if (error.code === "ACCOUNT_LOCKED" && typeof error.details === "object" && error.details !== null) {
      const retry = (error.details as { retryAfterSeconds?: number }).retryAfterSeconds;
      if (retry) reply.header("Retry-After", String(retry));
    }
    reply.status(error.status).send(body(error.code, error.message, error.details));
    return;
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((v) => ({
      path: [error.validationContext, ...String(v.instancePath).split("/").filter(Boolean)].join("."),
      message: v.message ?? "invalid",
      code: String((v.params as { issue?: { code?: string } } | undefined)?.issue?.code ?? "invalid"),
    }));
    reply.status(400).send(body("VALIDATION_FAILED", "Some fields are not valid", { issues }));
    return;
  }
  if (isResponseSerializationError(error)) {
    request.log.error(
      { err: { message: error.message }, route: request.routeOptions.url },
      "response failed its schema",
    );
    reply.status(500).send(body("INTERNAL", "Something went wrong on our side. It has been logged."));
    return;
  }
  // Drizzle wraps driver errors (DrizzleQueryError): the PostgreSQL code is on its cause.
  const wrapped = error as PgLikeError & { cause?: PgLikeError };
  const pgError: PgLikeError = wrapped.code === undefined && wrapped.cause ? wrapped.cause : wrapped;
  if (pgError.code === "23505") {
    reply.status(409).send(
      body("ALREADY_EXISTS", "A record with the same unique value already exists", {
        constraint: pgError.constraint,
      }),
    );
    return;
  }
  if (pgError.code === "23503") {
    reply
      .status(422)
      .send(body("UNPROCESSABLE", "A referenced record does not exist", { constraint: pgError.constraint }));
    return;
  }
  const fastifyError = error as FastifyError;
  if (
    typeof fastifyError.statusCode === "number" &&
    fastifyError.statusCode >= 400 &&
    fastifyError.statusCode < 500
  ) {
    const code =
      fastifyError.statusCode === 413
        ? "PAYLOAD_TOO_LARGE"
        : fastifyError.statusCode === 415
          ? "UNSUPPORTED_MEDIA_TYPE"
          : fastifyError.statusCode === 404
            ? "NOT_FOUND"
            : "BAD_REQUEST";
    reply.status(fastifyError.statusCode).send(body(code, fastifyError.message));
    return;
  }
  // The message of a driver error can quote submitted values (personal data): log only its kind and frames.
  const err = error as Error & { code?: string };
  const frames = (err.stack ?? "").split("\n").slice(1, 8).join("\n");
  request.log.error({ err: { name: err.name, code: err.code, frames } }, "unhandled error");
  reply.status(500).send(body("INTERNAL", "Something went wrong on our side. It has been logged."));
}
