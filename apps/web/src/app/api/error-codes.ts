/** Error codes of the API (plus NETWORK_ERROR from the client) that the UI translates. */
export const translatedErrorCodes = [
  "VALIDATION_FAILED",
  "BAD_REQUEST",
  "UNAUTHENTICATED",
  "INVALID_CREDENTIALS",
  "TOTP_INVALID",
  "TOTP_ENROLMENT_REQUIRED",
  "CSRF_TOKEN_INVALID",
  "PASSWORD_POLICY",
  "NOT_FOUND",
  "VERSION_CONFLICT",
  "ALREADY_EXISTS",
  "IDEMPOTENCY_KEY_REUSED",
  "IDEMPOTENCY_IN_PROGRESS",
  "PERSON_IN_OTHER_HOUSEHOLD",
  "PERSON_MERGED",
  "MERGE_ALREADY_UNDONE",
  "CONSENT_ALREADY_WITHDRAWN",
  "ILLEGAL_TRANSITION",
  "CASE_ALREADY_OPEN",
  "APPROVAL_PENDING",
  "APPROVAL_ALREADY_DECIDED",
  "CONSENT_MISSING",
  "PROJECT_REQUIRED",
  "UNPROCESSABLE",
  "ACCOUNT_LOCKED",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "NOT_CONFIGURED",
  "INTERNAL",
  "UNAVAILABLE",
  "NETWORK_ERROR",
] as const;

export type TranslatedErrorCode = (typeof translatedErrorCodes)[number];

export function isTranslatedErrorCode(code: string): code is TranslatedErrorCode {
  return (translatedErrorCodes as readonly string[]).includes(code);
}
