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
  "CATALOGUE_CODE_UNKNOWN",
  "SPECIAL_CATEGORY_IN_USE",
  "SERVICE_ALREADY_VOIDED",
  "PERSON_NOT_IN_CASE",
  "PLAN_ACTION_NOT_IN_CASE",
  "NOTE_CONFIDENTIALITY_NOT_ALLOWED",
  "ATTACHMENT_NOT_USABLE",
  "PDF_UNAVAILABLE",
  "UNPROCESSABLE",
  "ACCOUNT_LOCKED",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "NOT_CONFIGURED",
  "INTERNAL",
  "UNAVAILABLE",
  "NETWORK_ERROR",
] as const;

/**
 * Reasons a 422 UNPROCESSABLE names in `details.reason` (assessments, plans): translated as
 * `errors.reasons.<REASON>`, more precise than the code's general message.
 */
export const translatedErrorReasons = [
  "DATE_IN_FUTURE",
  "UNKNOWN_DOMAIN",
  "INACTIVE_DOMAIN",
  "SPECIAL_CATEGORY_NOT_ALLOWED",
  "NOT_A_SUBJECT",
  "CORRECTION_NOT_ALLOWED",
  "ALREADY_SUPERSEDED",
  "NOT_A_DRAFT",
  "APPROVAL_REQUIRED",
  "APPROVAL_NOT_REQUIRED",
  "PENDING_APPROVAL",
  "ALREADY_SIGNED",
  "SUPERSEDED",
  "DOCUMENT_NOT_OF_CASE",
  "ID_IN_USE",
] as const;

export function isTranslatedErrorReason(reason: unknown): reason is (typeof translatedErrorReasons)[number] {
  return typeof reason === "string" && (translatedErrorReasons as readonly string[]).includes(reason);
}

export type TranslatedErrorCode = (typeof translatedErrorCodes)[number];

export function isTranslatedErrorCode(code: string): code is TranslatedErrorCode {
  return (translatedErrorCodes as readonly string[]).includes(code);
}
