import type { Tx } from "../../../platform/db/database.ts";
import { AppError, notFound } from "../../../platform/errors/app-error.ts";
import { findVisiblePersonIds } from "../people.repository.ts";

/**
 * For other modules (households, cases…): throws 404 unless every id is a person the caller may
 * see that was not merged into another record (link to the survivor instead). One query.
 */
export async function assertPeopleVisible(tx: Tx, ids: readonly string[]): Promise<void> {
  const visible = await findVisiblePersonIds(tx, ids);
  const missing = [...new Set(ids)].filter((id) => !visible.has(id));
  if (missing.length > 0) {
    throw new AppError("NOT_FOUND", notFound("person").message, { personIds: missing });
  }
}
