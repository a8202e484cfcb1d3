/** An error answered by the API (`{"error":{code,message,details}}`) or a failure to reach it. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

export interface ValidationIssue {
  path: string;
  message: string;
  code: string;
}

/** The `details.issues` of a VALIDATION_FAILED answer, with paths normalised to dotted strings. */
export function validationIssuesOf(error: unknown): ValidationIssue[] {
  if (!isApiError(error, "VALIDATION_FAILED")) return [];
  const details = error.details;
  if (typeof details !== "object" || details === null || !("issues" in details)) return [];
  const issues = (details as { issues: unknown }).issues;
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((issue: unknown) => {
    if (typeof issue !== "object" || issue === null) return [];
    const { path, message, code } = issue as { path?: unknown; message?: unknown; code?: unknown };
    const dotted = Array.isArray(path) ? path.map(String).join(".") : typeof path === "string" ? path : "";
    return [{ path: dotted, message: typeof message === "string" ? message : "", code: String(code ?? "") }];
  });
}

/** `details.retryAfterSeconds` of ACCOUNT_LOCKED, when given. */
export function retryAfterSecondsOf(error: ApiError): number | null {
  const details = error.details;
  if (typeof details !== "object" || details === null || !("retryAfterSeconds" in details)) return null;
  const value = (details as { retryAfterSeconds: unknown }).retryAfterSeconds;
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
