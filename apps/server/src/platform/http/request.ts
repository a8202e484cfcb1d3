import type { FastifyRequest } from "fastify";
import type { Actor } from "../authz/actor.ts";
import type { RequestMeta } from "../db/transaction.ts";
import { AppError } from "../errors/app-error.ts";

export function metaOf(request: FastifyRequest): RequestMeta {
  return { ip: request.ip ?? null, requestId: String(request.id) };
}

/** The signed-in actor; the global hook already answered 401 to anonymous calls of private routes. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError("UNAUTHENTICATED", "Sign in first");
  return request.actor;
}
