import type { User, UserCreate, UserUpdate } from "@approdo/contracts";
import { apiCreate, apiGet, apiPatch, apiPost } from "../../app/api/api-client.ts";

export const usersPath = "/api/v1/users";

export const userKeys = {
  all: ["users"] as const,
  list: () => [...userKeys.all, "list"] as const,
  detail: (id: string) => [...userKeys.all, "detail", id] as const,
};

const userPath = (id: string) => `${usersPath}/${encodeURIComponent(id)}`;

export function fetchUser(id: string, signal?: AbortSignal): Promise<User> {
  return apiGet<User>(userPath(id), undefined, signal);
}

export function createUser(body: UserCreate, idempotencyKey: string): Promise<User> {
  return apiCreate<User>(usersPath, body, idempotencyKey);
}

export function updateUser(id: string, body: UserUpdate): Promise<User> {
  return apiPatch<User>(userPath(id), body);
}

export function resetUserTotp(id: string): Promise<User> {
  return apiPost<User>(`${userPath(id)}/reset-totp`);
}

export function setUserPassword(id: string, newPassword: string): Promise<User> {
  return apiPost<User>(`${userPath(id)}/password`, { newPassword });
}
