import { AppError } from "../../../platform/errors/app-error.ts";

/** 422 UNPROCESSABLE with the field, a stable reason the UI translates, and a `body.<field>` issue. */
export function invalidField(
  field: string,
  reason: string,
  message: string,
  extra: Record<string, unknown> = {},
): AppError {
  return new AppError("UNPROCESSABLE", message, {
    field,
    reason,
    ...extra,
    issues: [{ path: `body.${field}`, message, code: reason }],
  });
}
