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

/** Nothing is added to a closed case: reopen it first (the cases module's transition closed → assessment). */
export function assertCaseOpen(access: { case: { state: string } }): void {
  if (access.case.state === "closed") {
    throw new AppError("UNPROCESSABLE", "The case is closed: reopen it before changing it", {
      reason: "CASE_CLOSED",
    });
  }
}
