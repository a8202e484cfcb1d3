import { systemActor } from "../../platform/authz/actor.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import { metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { deleteSession, findLoginUser, recordSuccessfulLogin } from "./auth.repository.ts";
import {
  createOidcClient,
  OIDC_COOKIE_PATH,
  OIDC_STATE_COOKIE,
  OIDC_STATE_TTL_SECONDS,
  type OidcClient,
  openOidcState,
  sealOidcState,
  usernameFromClaim,
} from "./oidc.ts";
import { cookieOptions, issueSession, SESSION_COOKIE } from "./sessions.ts";

const tags = ["auth"];

/** Where the web app shows the sign-in page with a translated reason. */
const failedRedirect = (reason: "oidc_unknown_user" | "oidc_failed") => `/login?error=${reason}`;

/**
 * GET /api/v1/auth/oidc/login → the provider → GET /api/v1/auth/oidc/callback → a normal Approdo
 * session. Both routes are public GETs (top-level navigations), so they need no CSRF token; the
 * state, nonce and PKCE verifier in an encrypted, httpOnly, 10-minute cookie bind the callback to
 * the browser that started the login.
 */
export function registerOidcRoutes(app: AppInstance, deps: AppDeps): void {
  const { config, database } = deps;
  const oidc = config.oidc;
  const oidcClient: OidcClient | null = oidc ? createOidcClient(oidc) : null;
  const stateCookie = {
    path: OIDC_COOKIE_PATH,
    httpOnly: true,
    // Lax, not Strict: the callback is a cross-site navigation coming back from the provider.
    sameSite: "lax" as const,
    secure: config.env === "production",
  };

  function requireClient(): OidcClient {
    if (!oidcClient) {
      throw new AppError(
        "NOT_CONFIGURED",
        "Sign-in with SPID/CIE is not configured on this server (OIDC_ISSUER is not set)",
      );
    }
    return oidcClient;
  }

  app.get(
    "/api/v1/auth/oidc/login",
    {
      config: { public: true },
      schema: { tags, summary: "Start sign-in with the configured OpenID Connect provider (SPID/CIE)" },
    },
    async (request, reply) => {
      const c = requireClient();
      let started: Awaited<ReturnType<OidcClient["startLogin"]>>;
      try {
        started = await c.startLogin();
      } catch (error) {
        request.log.warn({ err: { name: (error as Error).name } }, "OIDC discovery failed");
        throw new AppError("UNAVAILABLE", "The identity provider cannot be reached: try again later");
      }
      reply.setCookie(OIDC_STATE_COOKIE, sealOidcState(config, started.state), {
        ...stateCookie,
        maxAge: OIDC_STATE_TTL_SECONDS,
      });
      return reply.redirect(started.url.href, 302);
    },
  );

  app.get(
    "/api/v1/auth/oidc/callback",
    {
      config: { public: true },
      schema: { tags, summary: "Where the OpenID Connect provider sends the browser back" },
    },
    async (request, reply) => {
      const c = requireClient();
      const usernameClaim = oidc?.usernameClaim ?? "preferred_username";
      const state = openOidcState(config, request.cookies[OIDC_STATE_COOKIE]);
      reply.clearCookie(OIDC_STATE_COOKIE, stateCookie);
      const query = new URL(request.url, "http://callback.invalid").search;

      let claims: Record<string, unknown> | null = null;
      let failure: string | null = state ? null : "missing_or_expired_state";
      if (state) {
        try {
          claims = await c.finishLogin(query, state);
        } catch (error) {
          // The provider's error or a failed check (state, nonce, signature…): never the claims.
          const e = error as Error & { code?: string; error?: string };
          failure = "oidc_protocol_error";
          request.log.warn({ err: { name: e.name, code: e.code, error: e.error } }, "OIDC sign-in failed");
        }
      }
      const username = claims ? usernameFromClaim(claims[usernameClaim]) : null;
      if (claims && !username) failure = "claim_missing";

      const previousSession = request.authSession?.idHash ?? null;
      const outcome = await inTransaction(database, systemActor, metaOf(request), async (ctx) => {
        if (failure || !username) {
          ctx.audit({
            action: "auth.login_failed",
            entityType: "user",
            organizationId: null,
            details: { method: "oidc", reason: failure ?? "claim_missing" },
          });
          return { ok: false as const, reason: "oidc_failed" as const };
        }
        const user = await findLoginUser(ctx.tx, username);
        if (!user?.active) {
          // No auto-provisioning: an administrator creates the user first.
          ctx.audit({
            action: "auth.login_failed",
            entityType: "user",
            organizationId: null,
            details: { method: "oidc", reason: "unknown_user" },
          });
          return { ok: false as const, reason: "oidc_unknown_user" as const };
        }
        if (previousSession) await deleteSession(ctx.tx, previousSession);
        await recordSuccessfulLogin(ctx.tx, user.id);
        // The provider authenticated the person (SPID/CIE level 2+ is itself two-factor).
        const session = await issueSession(ctx.tx, config, user.id, false, ctx.meta.ip);
        ctx.audit({
          action: "auth.login",
          entityType: "user",
          entityId: user.id,
          actor: { userId: user.id, organizationId: user.organizationId },
          details: { method: "oidc" },
        });
        return { ok: true as const, token: session.token };
      });

      if (!outcome.ok) return reply.redirect(failedRedirect(outcome.reason), 302);
      reply.setCookie(SESSION_COOKIE, outcome.token, cookieOptions(config));
      return reply.redirect("/", 302);
    },
  );
}
