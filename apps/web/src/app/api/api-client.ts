import { ApiError } from "./api-error.ts";

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  query?: Record<string, QueryValue>;
  /** Sent as `Idempotency-Key`; reuse the same key when retrying the same create. */
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** Told the HTTP status of a successful answer (e.g. to tell 202 Accepted from 200). */
  onStatus?: (status: number) => void;
}

const mePath = "/api/v1/me";

let csrfToken: string | null = null;
let unauthenticatedHandler: (() => void) | null = null;

/** Called with the token of every Me the server sends (login, TOTP, /me, enrolment). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request answers 401 UNAUTHENTICATED: the session has ended. */
export function onUnauthenticated(handler: (() => void) | null): void {
  unauthenticatedHandler = handler;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? "GET";
  const headers = new Headers({ Accept: "application/json" });
  // a FormData body (file upload) sets its own multipart Content-Type with the boundary
  const isForm = typeof FormData !== "undefined" && options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers.set("Content-Type", "application/json");
  if (method !== "GET" && csrfToken) headers.set("X-CSRF-Token", csrfToken);
  if (options.idempotencyKey) headers.set("Idempotency-Key", options.idempotencyKey);
  try {
    return await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: "same-origin",
      body:
        options.body === undefined
          ? undefined
          : isForm
            ? (options.body as FormData)
            : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "NETWORK_ERROR", error instanceof Error ? error.message : "Network error");
  }
}

async function errorFrom(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: a proxy page or an empty body
  }
  if (typeof body === "object" && body !== null && "error" in body) {
    const error = (body as { error: unknown }).error;
    if (typeof error === "object" && error !== null) {
      const { code, message, details } = error as { code?: unknown; message?: unknown; details?: unknown };
      return new ApiError(
        response.status,
        typeof code === "string" ? code : `HTTP_${response.status}`,
        typeof message === "string" ? message : response.statusText,
        details,
      );
    }
  }
  return new ApiError(response.status, `HTTP_${response.status}`, response.statusText);
}

/** The CSRF token may have rotated (new session elsewhere): fetch it again once. */
async function refreshCsrfToken(): Promise<boolean> {
  const response = await send(mePath, {});
  if (!response.ok) return false;
  const me = (await response.json()) as { csrfToken?: unknown };
  if (typeof me.csrfToken !== "string") return false;
  setCsrfToken(me.csrfToken);
  return true;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  let response = await send(path, options);
  if (!response.ok) {
    let error = await errorFrom(response);
    if (error.code === "CSRF_TOKEN_INVALID" && (await refreshCsrfToken())) {
      response = await send(path, options);
      if (!response.ok) error = await errorFrom(response);
    }
    if (!response.ok) {
      if (error.code === "UNAUTHENTICATED" && path !== mePath) unauthenticatedHandler?.();
      throw error;
    }
  }
  options.onStatus?.(response.status);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export function apiGet<T>(
  path: string,
  query?: Record<string, QueryValue>,
  signal?: AbortSignal,
): Promise<T> {
  return apiRequest<T>(path, { query, signal });
}

export function apiPost<T>(path: string, body?: unknown): Promise<T> {
  return apiRequest<T>(path, { method: "POST", body });
}

/** A create: always carries an Idempotency-Key so a retried submit cannot create twice. */
export function apiCreate<T>(path: string, body: unknown, idempotencyKey: string): Promise<T> {
  return apiRequest<T>(path, { method: "POST", body, idempotencyKey });
}

/** A multipart upload (a file and its fields); a create, so it carries an Idempotency-Key too. */
export function apiUpload<T>(path: string, body: FormData, idempotencyKey: string): Promise<T> {
  return apiRequest<T>(path, { method: "POST", body, idempotencyKey });
}

export function apiPatch<T>(path: string, body: unknown): Promise<T> {
  return apiRequest<T>(path, { method: "PATCH", body });
}
