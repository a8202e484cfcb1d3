/**
 * One error type for everything a user may be told. The code is stable (clients and the web UI
 * translate it); the HTTP status comes from one table.
 */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  TOTP_INVALID: 401,
  TOTP_ENROLMENT_REQUIRED: 403,
  CSRF_TOKEN_INVALID: 403,
  PASSWORD_POLICY: 422,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  ALREADY_EXISTS: 409,
  ILLEGAL_TRANSITION: 409,
  CASE_ALREADY_OPEN: 409,
  APPROVAL_PENDING: 409,
  APPROVAL_ALREADY_DECIDED: 409,
  CONSENT_MISSING: 422,
  PROJECT_REQUIRED: 422,
  IDEMPOTENCY_KEY_REUSED: 409,
  IDEMPOTENCY_IN_PROGRESS: 409,
  PERSON_IN_OTHER_HOUSEHOLD: 409,
  CONSENT_ALREADY_WITHDRAWN: 409,
  PERSON_MERGED: 409,
  MERGE_ALREADY_UNDONE: 409,
  UNPROCESSABLE: 422,
  CATALOGUE_CODE_UNKNOWN: 422,
  SPECIAL_CATEGORY_IN_USE: 409,
  SERVICE_ALREADY_VOIDED: 409,
  PERSON_NOT_IN_CASE: 422,
  PLAN_ACTION_NOT_IN_CASE: 422,
  NOTE_CONFIDENTIALITY_NOT_ALLOWED: 422,
  ATTACHMENT_NOT_USABLE: 422,
  ACCOUNT_LOCKED: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  NOT_CONFIGURED: 501,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  PDF_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

/** Missing and forbidden look the same from outside. */
export function notFound(entity = "record"): AppError {
  return new AppError("NOT_FOUND", `The ${entity} does not exist or you may not see it`);
}

export function versionConflict(current?: number): AppError {
  return new AppError(
    "VERSION_CONFLICT",
    "Someone else changed this record after you loaded it. Reload it and apply your change again.",
    current === undefined ? undefined : { currentVersion: current },
  );
}
