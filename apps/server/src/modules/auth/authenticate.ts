import { timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Actor } from "../../platform/authz/actor.ts";
import { systemActor } from "../../platform/authz/actor.ts";
import { isRole, requiresTotp } from "../../platform/authz/roles.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import { metaOf } from "../../platform/http/request.ts";
import type { AppDeps } from "../../platform/http/types.ts";
import { sha256Hex } from "../../platform/security/secrets.ts";
import {
  deleteSession,
  findApiToken,
  findSessionPrincipal,
  touchApiToken,
  touchSession,
} from "./auth.repository.ts";
import { SESSION_COOKIE } from "./sessions.ts";

export interface AuthSession {
  idHash: string;
  userId: string;
  csrfToken: string;
  pendingTotp: boolean;
}

declare module "fastify" {
  interface FastifyRequest {
    authSession: AuthSession | null;
  }
  interface FastifyContextConfig {
    /** Reachable while a required two-factor enrolment is still missing (me, enrolment, sign-out). */
    allowWithoutTotp?: boolean;
  }
}

const unsafe = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const TOUCH_EVERY_MS = 60_000;

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function actorFromBearer(deps: AppDeps, request: FastifyRequest, token: string): Promise<Actor | null> {
  const now = new Date();
  return inTransaction(deps.database, systemActor, metaOf(request), async ({ tx }) => {
    const row = await findApiToken(tx, sha256Hex(token), now);
    if (!row || !isRole(row.role)) return null;
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS)
      await touchApiToken(tx, row.id, now);
    return {
      kind: "token",
      userId: null,
      organizationId: row.organizationId,
      roles: [row.role],
      tokenId: row.id,
    };
  });
}

async function sessionFromCookie(deps: AppDeps, request: FastifyRequest, token: string) {
  const now = new Date();
  const idleMs = deps.config.sessionIdleMinutes * 60_000;
  const idHash = sha256Hex(token);
  return inTransaction(deps.database, systemActor, metaOf(request), async ({ tx }) => {
    const p = await findSessionPrincipal(tx, idHash);
    if (!p) return null;
    const expired = p.expiresAt <= now || now.getTime() - p.lastSeenAt.getTime() > idleMs || !p.active;
    if (expired) {
      await deleteSession(tx, idHash);
      return null;
    }
    if (now.getTime() - p.lastSeenAt.getTime() > TOUCH_EVERY_MS) await touchSession(tx, idHash, now);
    return p;
  });
}

/**
 * The single gate in front of every route: resolves the actor from an API token or the session
 * cookie, enforces CSRF on cookie-authenticated writes, and denies private routes to anonymous
 * callers (deny by default).
 */
export function authenticateHook(deps: AppDeps) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    request.actor = null;
    request.authSession = null;
    const config = request.routeOptions.config ?? {};
    const authorization = request.headers.authorization;
    if (authorization?.startsWith("Bearer ")) {
      request.actor = await actorFromBearer(deps, request, authorization.slice(7).trim());
      if (!request.actor)
        throw new AppError("UNAUTHENTICATED", "The API token is not valid, expired or revoked");
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie) {
      const p = await sessionFromCookie(deps, request, cookie);
      if (!p) {
        reply.clearCookie(SESSION_COOKIE, { path: "/" });
      } else {
        request.authSession = {
          idHash: p.idHash,
          userId: p.userId,
          csrfToken: p.csrfToken,
          pendingTotp: p.pendingTotp,
        };
        if (!p.pendingTotp) {
          request.actor = {
            kind: "user",
            userId: p.userId,
            organizationId: p.organizationId,
            roles: p.roles,
            sessionIdHash: p.idHash,
          };
          if (unsafe.has(request.method) && !config.skipCsrf) {
            const header = request.headers["x-csrf-token"];
            const sent = Array.isArray(header) ? header[0] : header;
            if (!sent || !sameToken(sent, p.csrfToken)) {
              throw new AppError(
                "CSRF_TOKEN_INVALID",
                "Missing or wrong X-CSRF-Token header: reload the page",
              );
            }
          }
          if (requiresTotp(p.roles) && !p.totpEnabled && !config.allowWithoutTotp && !config.public) {
            throw new AppError(
              "TOTP_ENROLMENT_REQUIRED",
              "Your role requires two-factor sign-in: set it up first",
            );
          }
        }
      }
    }
    if (!config.public && !request.actor && request.url.startsWith("/api/")) {
      throw new AppError("UNAUTHENTICATED", "Sign in first");
    }
  };
}
