import type { UserCreate } from "@approdo/contracts";
import { newId } from "../../../platform/db/ids.ts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import { hashPassword } from "../../../platform/security/passwords.ts";
import { passwordProblem } from "../users.policy.ts";
import {
  findUserById,
  insertUser,
  organizationExists,
  replaceUserRoles,
  type UserRow,
  userIdTaken,
  usernameTaken,
} from "../users.repository.ts";

/**
 * Creates an account with an initial password. Two-factor is not set up here: users whose roles
 * need it are made to enrol at their first sign-in.
 */
export async function createUser(ctx: TxContext, input: UserCreate): Promise<UserRow> {
  const id = input.id ?? newId();
  if (input.id && (await userIdTaken(ctx.tx, id))) {
    throw new AppError("ALREADY_EXISTS", "A user with this id already exists", { field: "id" });
  }
  if (await usernameTaken(ctx.tx, input.username)) {
    throw new AppError("ALREADY_EXISTS", "This username is already taken", { field: "username" });
  }
  if (!(await organizationExists(ctx.tx, input.organizationId))) {
    throw new AppError("UNPROCESSABLE", "The organisation does not exist", { field: "organizationId" });
  }
  const problem = passwordProblem(input.username, input.password);
  if (problem) throw new AppError("PASSWORD_POLICY", problem);
  const roles = [...new Set(input.roles)];
  await insertUser(ctx.tx, {
    id,
    username: input.username,
    displayName: input.displayName,
    email: input.email ?? null,
    organizationId: input.organizationId,
    locale: input.locale,
    passwordHash: await hashPassword(input.password),
  });
  await replaceUserRoles(ctx.tx, id, input.organizationId, roles);
  ctx.audit({
    action: "user.created",
    entityType: "user",
    entityId: id,
    organizationId: input.organizationId,
    details: { roles },
  });
  const created = await findUserById(ctx.tx, id);
  if (!created) throw new Error("the user just created cannot be read back");
  return created;
}
