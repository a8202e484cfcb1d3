import type {
  Approval,
  CaseCreate,
  CaseDetail,
  Caseload,
  CaseTransitionCreate,
  CatalogueList,
  Organization,
  ProjectDetail,
  TeamMember,
  Worklist,
} from "@approdo/contracts";
import { apiCreate, apiGet, apiPost, apiRequest } from "../../app/api/api-client.ts";
import { type ApiError, isApiError } from "../../app/api/api-error.ts";
import type { TeamCandidate } from "./case-types.ts";

export const casesPath = "/api/v1/cases";
export const worklistPath = "/api/v1/worklist";
export const caseloadPath = "/api/v1/cases/caseload";

export const caseKeys = {
  all: ["cases"] as const,
  list: () => [...caseKeys.all, "list"] as const,
  detail: (id: string) => [...caseKeys.all, "detail", id] as const,
  timeline: (id: string) => [...caseKeys.all, "timeline", id] as const,
  candidates: (id: string) => [...caseKeys.all, "candidates", id] as const,
  worklist: () => [...caseKeys.all, "worklist"] as const,
  caseload: () => [...caseKeys.all, "caseload"] as const,
  catalogue: (kind: string) => ["catalogues", kind] as const,
  organization: (id: string) => ["organizations", "detail", id] as const,
  project: (id: string) => ["projects", "detail", id] as const,
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
  body: CaseTransitionCreate,
  idempotencyKey: string,
): Promise<{ pendingApproval: boolean; detail: CaseDetail | null }> {
  let status = 0;
  const result = await apiRequest<unknown>(`${casePath(id)}/transitions`, {
    method: "POST",
    body,
    idempotencyKey,
    onStatus: (code) => {
      status = code;
    },
  });
  if (status === 202) return { pendingApproval: true, detail: null };
  return { pendingApproval: false, detail: result as CaseDetail };
}

export function fetchTeamCandidates(id: string, signal?: AbortSignal): Promise<{ items: TeamCandidate[] }> {
  return apiGet<{ items: TeamCandidate[] }>(`${casePath(id)}/team/candidates`, { limit: 50 }, signal);
}

export function addTeamMember(
  id: string,
  body: { userId: string; teamRole: string },
  idempotencyKey: string,
): Promise<{ items: TeamMember[] }> {
  return apiCreate<{ items: TeamMember[] }>(`${casePath(id)}/team`, body, idempotencyKey);
}

export function removeTeamMember(id: string, memberId: string): Promise<{ items: TeamMember[] }> {
  return apiPost<{ items: TeamMember[] }>(`${casePath(id)}/team/${encodeURIComponent(memberId)}/removal`);
}

export function fetchWorklist(signal?: AbortSignal): Promise<Worklist> {
  return apiGet<Worklist>(worklistPath, undefined, signal);
}

export function decideApproval(
  approvalId: string,
  body: { decision: "approved" | "rejected"; note?: string | undefined },
): Promise<Approval> {
  return apiPost<Approval>(`/api/v1/approvals/${encodeURIComponent(approvalId)}/decision`, body);
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

export function fetchCatalogue(kind: string, signal?: AbortSignal): Promise<CatalogueList> {
  return apiGet<CatalogueList>(`/api/v1/catalogues/${encodeURIComponent(kind)}`, undefined, signal);
}

export function fetchOrganization(id: string, signal?: AbortSignal): Promise<Organization> {
  return apiGet<Organization>(`/api/v1/organizations/${encodeURIComponent(id)}`, undefined, signal);
}

export function fetchProject(id: string, signal?: AbortSignal): Promise<ProjectDetail> {
  return apiGet<ProjectDetail>(`/api/v1/projects/${encodeURIComponent(id)}`, undefined, signal);
}

/** The open case(s) named by a 409 CASE_ALREADY_OPEN (`details.cases`), as far as the caller may see them. */
export function existingCasesOf(error: unknown): { id: string; reference: string }[] | null {
  if (!isApiError(error, "CASE_ALREADY_OPEN")) return null;
  const details = (error as ApiError).details;
  if (typeof details !== "object" || details === null || !("cases" in details)) return [];
  const list = (details as { cases: unknown }).cases;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    if (typeof item !== "object" || item === null) return [];
    const { id, reference } = item as { id?: unknown; reference?: unknown };
    return typeof id === "string" ? [{ id, reference: typeof reference === "string" ? reference : "" }] : [];
  });
}
