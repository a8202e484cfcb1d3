import type { LoginBody, loginResponseSchema, Me, totpEnrolStartSchema } from "@approdo/contracts";
import type { z } from "zod";
import { apiGet, apiPost } from "../../app/api/api-client.ts";
import { isApiError } from "../../app/api/api-error.ts";

export type LoginResponse = z.infer<typeof loginResponseSchema>;
export type TotpEnrolment = z.infer<typeof totpEnrolStartSchema>;

/** The signed-in user, or null when there is no session (401). */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await apiGet<Me>("/api/v1/me", undefined, signal);
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function login(body: LoginBody): Promise<LoginResponse> {
  return apiPost<LoginResponse>("/api/v1/auth/login", body);
}

export function needsTotp(response: LoginResponse): response is { totpRequired: true } {
  return response.totpRequired === true;
}

export function verifyTotp(code: string): Promise<Me> {
  return apiPost<Me>("/api/v1/auth/totp", { code });
}

export function logout(): Promise<unknown> {
  return apiPost<unknown>("/api/v1/auth/logout");
}

export function changePassword(body: { currentPassword: string; newPassword: string }): Promise<unknown> {
  return apiPost<unknown>("/api/v1/auth/password", body);
}

export function startTotpEnrolment(): Promise<TotpEnrolment> {
  return apiPost<TotpEnrolment>("/api/v1/auth/totp/enrol");
}

export function confirmTotpEnrolment(code: string): Promise<Me> {
  return apiPost<Me>("/api/v1/auth/totp/enrol/confirm", { code });
}
