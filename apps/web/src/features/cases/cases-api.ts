import { apiCreate, apiGet, apiPost, apiRequest } from "../../app/api/api-client.ts";
import { type ApiError, isApiError } from "../../app/api/api-error.ts";
import type {
  CaseCreate,
  CaseDetail,
  Caseload,
  CaseTransitionBody,
  TeamCandidate,
  TeamMember,
  Worklist,
} from "./case-types.ts";

export const casesPath = "/api/v1/cases";
export const worklistPath = "/api/v1/worklist";
export const caseloadPath = "/api/v1/caseload";

export const caseKeys = {
  all: ["cases"] as const,
  list: () => [...caseKeys.all, "list"] as const,
  detail: (id: string) => [...caseKeys.all, "detail", id] as const,
  timeline: (id: string) => [...caseKeys.all, "timeline", id] as const,
  team: (id: string) => [...caseKeys.all, "team", id] as const,
  candidates: (id: string) => [...caseKeys.all, "candidates", id] as const,
  worklist: () => [...caseKeys.all, "worklist"] as const,
  caseload: () => [...caseKeys.all, "caseload"] as const,
  closureOutcomes: () => ["catalogues", "closure_outcome"] as const,
};

export const casePath = (id: string) => `${casesPath}/${encodeURIComponent(id)}`;
export const timelinePath = (id: string) => `${casePath(id)}/timeline`;

export function fetchCase(id: string, signal?: AbortSignal): Promise<CaseDetail> {
  return apiGet<CaseDetail>(casePath(id), undefined, signal);
}

export function createCase(body: CaseCreate, idempotencyKey: string): Promise<CaseDetail> {
  return apiCreate<CaseDetail>(casesPath, body, idempotencyKey);
}

/** 200 with the moved case, or 202 when the move waits for a coordinator's approval. */
export async function transitionCase(
  id: string,
  body: CaseTransitionBody,
  idempotencyKey: string,
): Promise<{ pendingApproval: boolean; body: unknown }> {
  let status = 0;
  const result = await apiRequest<unknown>(`${casePath(id)}/transitions`, {
    method: "POST",
    body,
    idempotencyKey,
    onStatus: (code) => {
      status = code;
    },
  });
  return { pendingApproval: status === 202 || isPendingBody(result), body: result };
}

function isPendingBody(body: unknown): boolean {
  if (typeof body !== "object" || body === null) return false;
  const record = body as Record<string, unknown>;
  return record.status === "pending" || record.pendingApproval === true || "approvalId" in record;
}

export function fetchTeam(id: string, signal?: AbortSignal): Promise<{ items: TeamMember[] }> {
  return apiGet<{ items: TeamMember[] }>(`${casePath(id)}/team`, undefined, signal);
}

export function fetchTeamCandidates(id: string, signal?: AbortSignal): Promise<{ items: TeamCandidate[] }> {
  return apiGet<{ items: TeamCandidate[] }>(`${casePath(id)}/team/candidates`, undefined, signal);
}

export function addTeamMember(
  id: string,
  body: { userId: string; teamRole: string },
  idempotencyKey: string,
): Promise<TeamMember> {
  return apiCreate<TeamMember>(`${casePath(id)}/team`, body, idempotencyKey);
}

export function removeTeamMember(id: string, memberId: string): Promise<void> {
  return apiRequest<void>(`${casePath(id)}/team/${encodeURIComponent(memberId)}`, { method: "DELETE" });
}

export function fetchWorklist(signal?: AbortSignal): Promise<Worklist> {
  return apiGet<Worklist>(worklistPath, undefined, signal);
}

export function decideApproval(
  approvalId: string,
  body: { decision: "approved" | "rejected"; note?: string },
): Promise<unknown> {
  return apiPost<unknown>(`/api/v1/approvals/${encodeURIComponent(approvalId)}/decision`, body);
}

export function dismissReminder(reminderId: string): Promise<unknown> {
  return apiPost<unknown>(`/api/v1/reminders/${encodeURIComponent(reminderId)}/dismissal`);
}

export function fetchCaseload(
  query: Record<string, string | undefined>,
  signal?: AbortSignal,
): Promise<Caseload> {
  return apiGet<Caseload>(caseloadPath, query, signal);
}

export interface CatalogueEntry {
  code: string;
  labels: Record<string, string>;
  active?: boolean;
}

export function fetchClosureOutcomes(signal?: AbortSignal): Promise<{ items: CatalogueEntry[] }> {
  return apiGet<{ items: CatalogueEntry[] }>("/api/v1/catalogues/closure_outcome", undefined, signal);
}

/** The open case of a 409 CASE_ALREADY_OPEN, when the caller may see it. */
export function existingCaseOf(error: unknown): { caseId: string | null; reference: string | null } | null {
  if (!isApiError(error, "CASE_ALREADY_OPEN")) return null;
  const details = (error as ApiError).details;
  const read = (key: string): string | null => {
    if (typeof details !== "object" || details === null || !(key in details)) return null;
    const value = (details as Record<string, unknown>)[key];
    return typeof value === "string" ? value : null;
  };
  return { caseId: read("caseId") ?? read("existingCaseId"), reference: read("reference") };
}
