import { AppError } from "../errors/app-error.ts";

/**
 * Keyset pagination: the cursor is an opaque base64url JSON of the last row's sort key,
 * so pages stay fast at any depth and stable while rows are added.
 */
export function encodeCursor(key: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string | undefined, arity: number): (string | number | null)[] | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length === arity &&
      value.every((v) => v === null || typeof v === "string" || typeof v === "number")
    ) {
      return value as (string | number | null)[];
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError("VALIDATION_FAILED", "The cursor is not valid; start again from the first page", {
    field: "cursor",
  });
}

/** Given limit+1 rows fetched, returns the page and the cursor for the next one. */
export function pageFrom<T>(rows: T[], limit: number, keyOf: (row: T) => (string | number | null)[]) {
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  const last = items[items.length - 1];
  return { items, nextCursor: hasMore && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
