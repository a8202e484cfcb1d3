import type { UserListQuery } from "@approdo/contracts";
import type { TxContext } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors/app-error.ts";
import { decodeCursor, pageFrom } from "../../../platform/http/pagination.ts";
import type { UserReadScope } from "../users.policy.ts";
import { listUsers as selectUsers, type UserRow } from "../users.repository.ts";

export interface UserPageRows {
  items: UserRow[];
  nextCursor: string | null;
}

/**
 * One page of the accounts the actor may see, in username order. Listing personal data is audited
 * with the number of rows shown (the search text is not recorded: it may be a name).
 */
export async function listUsers(
  ctx: TxContext,
  scope: NonNullable<UserReadScope>,
  query: UserListQuery,
): Promise<UserPageRows> {
  const after = afterKey(query.cursor);
  const organizationIds = [
    ...(scope.kind === "organization" ? [scope.organizationId] : []),
    ...(query.organizationId ? [query.organizationId] : []),
  ];
  const rows = await selectUsers(
    ctx.tx,
    {
      organizationIds,
      q: query.q || undefined,
      role: query.role,
      active: query.active === undefined ? undefined : query.active === "true",
    },
    after,
    query.limit,
  );
  const page = pageFrom(rows, query.limit, (u) => [u.username.toLowerCase(), u.id]);
  ctx.audit({
    action: "user.listed",
    entityType: "user",
    details: {
      count: page.items.length,
      ...(query.organizationId ? { organizationId: query.organizationId } : {}),
      ...(query.role ? { role: query.role } : {}),
      ...(query.active ? { active: query.active === "true" } : {}),
    },
  });
  return page;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function afterKey(cursor: string | undefined): readonly [string, string] | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [username, id] = key;
  if (typeof username !== "string" || typeof id !== "string" || !uuidPattern.test(id)) {
    throw new AppError("VALIDATION_FAILED", "The cursor is not valid; start again from the first page", {
      field: "cursor",
    });
  }
  return [username, id];
}
