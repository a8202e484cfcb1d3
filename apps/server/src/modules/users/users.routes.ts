import {
  idSchema,
  userCreateSchema,
  userListQuerySchema,
  userPageSchema,
  userPasswordSetSchema,
  userSchema,
  userUpdateSchema,
} from "@approdo/contracts";
import { z } from "zod";
import { inTransaction, type TxContext } from "../../platform/db/transaction.ts";
import { AppError, notFound } from "../../platform/errors/app-error.ts";
import { runMutation } from "../../platform/http/mutation.ts";
import { actorOf, metaOf } from "../../platform/http/request.ts";
import type { AppDeps, AppInstance } from "../../platform/http/types.ts";
import { createUser } from "./use-cases/create-user.ts";
import { listUsers } from "./use-cases/list-users.ts";
import { resetUserTotp } from "./use-cases/reset-user-totp.ts";
import { setUserPassword } from "./use-cases/set-user-password.ts";
import { updateUser } from "./use-cases/update-user.ts";
import { canManageUsers, canReadUser, selfChangeProblem, userReadScope } from "./users.policy.ts";
import { presentUser } from "./users.presenter.ts";
import { findUserById, type UserRow } from "./users.repository.ts";

const tags = ["users"];
const params = z.object({ id: idSchema });

/** Whoever may not use a collection is told it does not exist, exactly like an unknown path. */
const hidden = () => new AppError("NOT_FOUND", "No such path");

/** An account an administrator is about to change; anyone else, or an unknown id, gets 404. */
async function loadManagedUser(ctx: TxContext, id: string): Promise<UserRow> {
  if (!canManageUsers(ctx.actor)) throw notFound("user");
  const user = await findUserById(ctx.tx, id);
  if (!user) throw notFound("user");
  return user;
}

function refuse(problem: string | null): void {
  if (problem) throw new AppError("UNPROCESSABLE", problem);
}

export function registerUsersRoutes(app: AppInstance, deps: AppDeps): void {
  const { database } = deps;

  app.get(
    "/api/v1/users",
    { schema: { tags, querystring: userListQuerySchema, response: { 200: userPageSchema } } },
    async (request) => {
      const actor = actorOf(request);
      return inTransaction(database, actor, metaOf(request), async (ctx) => {
        const scope = userReadScope(actor);
        if (!scope) throw hidden();
        const page = await listUsers(ctx, scope, request.query);
        return { items: page.items.map(presentUser), nextCursor: page.nextCursor };
      });
    },
  );

  app.post(
    "/api/v1/users",
    { schema: { tags, body: userCreateSchema, response: { 201: userSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        if (!canManageUsers(ctx.actor)) throw hidden();
        return { status: 201, body: presentUser(await createUser(ctx, request.body)) };
      }),
  );

  app.get(
    "/api/v1/users/:id",
    { schema: { tags, params, response: { 200: userSchema } } },
    async (request) => {
      const actor = actorOf(request);
      return inTransaction(database, actor, metaOf(request), async (ctx) => {
        const user = await findUserById(ctx.tx, request.params.id);
        if (!user || !canReadUser(actor, user)) throw notFound("user");
        ctx.audit({
          action: "user.read",
          entityType: "user",
          entityId: user.id,
          organizationId: user.organizationId,
        });
        return presentUser(user);
      });
    },
  );

  app.patch(
    "/api/v1/users/:id",
    { schema: { tags, params, body: userUpdateSchema, response: { 200: userSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const user = await loadManagedUser(ctx, request.params.id);
        refuse(selfChangeProblem(ctx.actor, user.id, request.body));
        return { status: 200, body: presentUser(await updateUser(ctx, user, request.body)) };
      }),
  );

  app.post(
    "/api/v1/users/:id/reset-totp",
    { schema: { tags, params, response: { 200: userSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const user = await loadManagedUser(ctx, request.params.id);
        refuse(selfChangeProblem(ctx.actor, user.id, { credential: "totp" }));
        return { status: 200, body: presentUser(await resetUserTotp(ctx, user)) };
      }),
  );

  app.post(
    "/api/v1/users/:id/password",
    { schema: { tags, params, body: userPasswordSetSchema, response: { 200: userSchema } } },
    async (request, reply) =>
      runMutation(database, request, reply, async (ctx) => {
        const user = await loadManagedUser(ctx, request.params.id);
        refuse(selfChangeProblem(ctx.actor, user.id, { credential: "password" }));
        const updated = await setUserPassword(ctx, user, request.body.newPassword);
        return { status: 200, body: presentUser(updated) };
      }),
  );
}
