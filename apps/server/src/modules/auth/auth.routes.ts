import {
  changePasswordBodySchema,
  loginBodySchema,
  loginResponseSchema,
  meSchema,
  totpBodySchema,
  totpEnrolConfirmSchema,
  totpEnrolStartSchema,
} from "@approdo/contracts";
import { z } from "zod";
import { systemActor } from "../../platform/authz/actor.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { presentMe } from "./auth.presenter.ts";
import { deleteSession, findUserPrincipal } from "./auth.repository.ts";
import { registerOidcRoutes } from "./oidc.routes.ts";
import { cookieOptions, SESSION_COOKIE } from "./sessions.ts";
import { changePassword } from "./use-cases/change-password.ts";
import { checkPassword } from "./use-cases/check-password.ts";
import { completeTotpSignIn } from "./use-cases/complete-totp-sign-in.ts";
import { confirmTotpEnrolment, startTotpEnrolment } from "./use-cases/enrol-totp.ts";
import { signInWithPassword } from "./use-cases/sign-in-with-password.ts";

const tags = ["auth"];

export function registerAuthRoutes(app: AppInstance, deps: AppDeps): void {
  const { config, database } = deps;

  app.post(
    "/api/v1/auth/login",
    {
      config: { public: true, skipCsrf: true },
      schema: { tags, body: loginBodySchema, response: { 200: loginResponseSchema } },
    },
    async (request, reply) => {
      const verdict = await checkPassword(
        database,
        metaOf(request),
        request.body.username,
        request.body.password,
      );
      const result = await inTransaction(database, systemActor, metaOf(request), async (ctx) => {
        const r = await signInWithPassword(ctx, config, request.body.username, verdict);
        if (r.outcome !== "signed-in") return { r, me: null };
        const p = await findUserPrincipal(ctx.tx, r.userId);
        return { r, me: p ? presentMe(p, r.session.csrfToken, config.demoMode) : null };
      });
      const { r } = result;
      if (r.outcome === "failed") throw r.error;
      reply.setCookie(SESSION_COOKIE, r.session.token, cookieOptions(config));
      if (r.outcome === "totp-required") return { totpRequired: true as const };
      if (!result.me) throw new AppError("UNAUTHENTICATED", "Sign in again");
      return result.me;
    },
  );

  app.post(
    "/api/v1/auth/totp",
    {
      config: { public: true, skipCsrf: true },
      schema: { tags, body: totpBodySchema, response: { 200: meSchema } },
    },
    async (request, reply) => {
      const pending = request.authSession;
      if (!pending?.pendingTotp) throw new AppError("UNAUTHENTICATED", "Sign in with your password first");
      const result = await inTransaction(database, systemActor, metaOf(request), async (ctx) => {
        const r = await completeTotpSignIn(ctx, config, pending, request.body.code);
        if (r.outcome === "failed") return { r, me: null };
        const p = await findUserPrincipal(ctx.tx, r.userId);
        return { r, me: p ? presentMe(p, r.session.csrfToken, config.demoMode) : null };
      });
      if (result.r.outcome === "failed") throw result.r.error;
      reply.setCookie(SESSION_COOKIE, result.r.session.token, cookieOptions(config));
      if (!result.me) throw new AppError("UNAUTHENTICATED", "Sign in again");
      return result.me;
    },
  );

  app.post(
    "/api/v1/auth/logout",
    { config: { public: true, allowWithoutTotp: true }, schema: { tags, response: { 204: z.null() } } },
    async (request, reply) => {
      const session = request.authSession;
      if (session) {
        const actor = request.actor ?? systemActor;
        await inTransaction(database, actor, metaOf(request), async (ctx) => {
          await deleteSession(ctx.tx, session.idHash);
          ctx.audit({ action: "auth.logout", entityType: "user", entityId: session.userId });
        });
      }
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      reply.status(204);
      return null;
    },
  );

  app.get(
    "/api/v1/me",
    { config: { allowWithoutTotp: true }, schema: { tags, response: { 200: meSchema } } },
    async (request) => {
      const actor = actorOf(request);
      if (!actor.userId) throw new AppError("NOT_FOUND", "API tokens have no user profile");
      const userId = actor.userId;
      const p = await inTransaction(database, actor, metaOf(request), ({ tx }) =>
        findUserPrincipal(tx, userId),
      );
      if (!p) throw new AppError("UNAUTHENTICATED", "Sign in again");
      return presentMe(p, request.authSession?.csrfToken ?? null, config.demoMode);
    },
  );

  app.post(
    "/api/v1/auth/password",
    {
      config: { allowWithoutTotp: true },
      schema: { tags, body: changePasswordBodySchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (!actor.userId) throw new AppError("NOT_FOUND", "API tokens have no password");
      const userId = actor.userId;
      await inTransaction(database, actor, metaOf(request), (ctx) =>
        changePassword(
          ctx,
          userId,
          actor.sessionIdHash,
          request.body.currentPassword,
          request.body.newPassword,
        ),
      );
      reply.status(204);
      return null;
    },
  );

  app.post(
    "/api/v1/auth/totp/enrol",
    { config: { allowWithoutTotp: true }, schema: { tags, response: { 200: totpEnrolStartSchema } } },
    async (request) => {
      const actor = actorOf(request);
      if (!actor.userId) throw new AppError("NOT_FOUND", "API tokens have no second factor");
      const userId = actor.userId;
      return inTransaction(database, actor, metaOf(request), (ctx) =>
        startTotpEnrolment(ctx, config, userId),
      );
    },
  );

  app.post(
    "/api/v1/auth/totp/enrol/confirm",
    {
      config: { allowWithoutTotp: true },
      schema: { tags, body: totpEnrolConfirmSchema, response: { 200: meSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      if (!actor.userId) throw new AppError("NOT_FOUND", "API tokens have no second factor");
      const userId = actor.userId;
      const p = await inTransaction(database, actor, metaOf(request), async (ctx) => {
        await confirmTotpEnrolment(ctx, config, userId, request.body.code);
        return findUserPrincipal(ctx.tx, userId);
      });
      if (!p) throw new AppError("UNAUTHENTICATED", "Sign in again");
      return presentMe(p, request.authSession?.csrfToken ?? null, config.demoMode);
    },
  );

  registerOidcRoutes(app, deps);
}
