import type {
  HouseholdCreate,
  HouseholdDetail,
  HouseholdMemberAdd,
  HouseholdMemberLeave,
  HouseholdReference,
  HouseholdUpdate,
} from "@approdo/contracts";
import { apiCreate, apiGet, apiPatch, apiPost } from "../../app/api/api-client.ts";
import { type ApiError, isApiError } from "../../app/api/api-error.ts";

export const householdsPath = "/api/v1/households";

export const householdKeys = {
  all: ["households"] as const,
  list: () => [...householdKeys.all, "list"] as const,
  detail: (id: string) => [...householdKeys.all, "detail", id] as const,
};

const householdPath = (id: string) => `${householdsPath}/${encodeURIComponent(id)}`;

export function fetchHousehold(id: string, signal?: AbortSignal): Promise<HouseholdDetail> {
  return apiGet<HouseholdDetail>(householdPath(id), undefined, signal);
}

export function createHousehold(body: HouseholdCreate, idempotencyKey: string): Promise<HouseholdDetail> {
  return apiCreate<HouseholdDetail>(householdsPath, body, idempotencyKey);
}

export function updateHousehold(id: string, body: HouseholdUpdate): Promise<HouseholdDetail> {
  return apiPatch<HouseholdDetail>(householdPath(id), body);
}

export function addHouseholdMember(
  id: string,
  body: HouseholdMemberAdd,
  idempotencyKey: string,
): Promise<HouseholdDetail> {
  return apiCreate<HouseholdDetail>(`${householdPath(id)}/members`, body, idempotencyKey);
}

export function leaveHousehold(
  id: string,
  memberId: string,
  body: HouseholdMemberLeave,
): Promise<HouseholdDetail> {
  return apiPost<HouseholdDetail>(`${householdPath(id)}/members/${encodeURIComponent(memberId)}/leave`, body);
}

export function setReferencePerson(id: string, body: HouseholdReference): Promise<HouseholdDetail> {
  return apiPost<HouseholdDetail>(`${householdPath(id)}/reference`, body);
}

/** The other household of a 409 PERSON_IN_OTHER_HOUSEHOLD, when the caller may see it. */
export function otherHouseholdOf(
  error: unknown,
): { personId: string | null; householdId: string | null } | null {
  if (!isApiError(error, "PERSON_IN_OTHER_HOUSEHOLD")) return null;
  const details = (error as ApiError).details;
  const read = (key: string): string | null => {
    if (typeof details !== "object" || details === null || !(key in details)) return null;
    const value = (details as Record<string, unknown>)[key];
    return typeof value === "string" ? value : null;
  };
  return { personId: read("personId"), householdId: read("householdId") };
}
