import type { TFunction } from "i18next";
import { ApiError, retryAfterSecondsOf } from "./api-error.ts";
import { isTranslatedErrorCode, isTranslatedErrorReason } from "./error-codes.ts";

function lockedMessage(error: ApiError, t: TFunction, language: string): string {
  const seconds = retryAfterSecondsOf(error);
  if (seconds === null) return t("errors.accountLockedNoTime");
  const relative = new Intl.RelativeTimeFormat(language, { numeric: "auto" });
  const when =
    seconds < 60
      ? relative.format(Math.max(1, Math.ceil(seconds)), "second")
      : relative.format(Math.ceil(seconds / 60), "minute");
  return t("errors.ACCOUNT_LOCKED", { when });
}

/** The message to show for an error: translated per code, else the server's own message. */
export function apiErrorMessage(error: unknown, t: TFunction, language: string): string {
  if (!(error instanceof ApiError)) return t("errors.fallback");
  if (error.code === "ACCOUNT_LOCKED") return lockedMessage(error, t, language);
  const reason =
    typeof error.details === "object" && error.details !== null && "reason" in error.details
      ? (error.details as { reason: unknown }).reason
      : undefined;
  if (isTranslatedErrorReason(reason)) return t(`errors.reasons.${reason}`);
  if (isTranslatedErrorCode(error.code)) return t(`errors.${error.code}`);
  return error.message || t("errors.fallback");
}
