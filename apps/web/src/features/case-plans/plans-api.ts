import type {
  Plan,
  PlanActionStatus,
  PlanAgreement,
  PlanCreate,
  PlanDetail,
  PlanVersion,
  PlanVersionSummary,
  planReplaceSchema,
} from "@approdo/contracts";
import type { z } from "zod";
import { apiCreate, apiGet, apiPatch, apiPost, apiRequest, buildUrl } from "../../app/api/api-client.ts";
import type { Page } from "../../app/api/page.ts";

const casePath = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}`;
const plansPath = (caseId: string) => `${casePath(caseId)}/plans`;
const planPath = (caseId: string, planId: string) => `${plansPath(caseId)}/${encodeURIComponent(planId)}`;

export const planKeys = {
  all: ["plans"] as const,
  case: (caseId: string) => [...planKeys.all, caseId] as const,
  latest: (caseId: string) => [...planKeys.case(caseId), "latest"] as const,
  versions: (caseId: string, planId: string) => [...planKeys.case(caseId), planId, "versions"] as const,
  version: (caseId: string, planId: string, number: number) =>
    [...planKeys.case(caseId), planId, "version", number] as const,
};

/** The case's most recent plan with its current content, or null when it has none yet. */
export async function fetchLatestPlan(caseId: string, signal?: AbortSignal): Promise<PlanDetail | null> {
  const page = await apiGet<Page<Plan>>(plansPath(caseId), { limit: 1 }, signal);
  const plan = page.items[0];
  if (!plan) return null;
  return apiGet<PlanDetail>(planPath(caseId, plan.id), undefined, signal);
}

export function createPlan(caseId: string, body: PlanCreate, idempotencyKey: string): Promise<PlanDetail> {
  return apiCreate<PlanDetail>(plansPath(caseId), body, idempotencyKey);
}

export type PlanReplace = z.output<typeof planReplaceSchema>;

/** The whole content, with the plan's version as loaded (409 VERSION_CONFLICT if it changed). */
export function replacePlan(caseId: string, planId: string, body: PlanReplace): Promise<PlanDetail> {
  return apiRequest<PlanDetail>(planPath(caseId, planId), { method: "PUT", body });
}

export function submitPlan(caseId: string, planId: string, version: number): Promise<PlanDetail> {
  return apiPost<PlanDetail>(`${planPath(caseId, planId)}/submit`, { version });
}

export function approvePlan(caseId: string, planId: string, version: number): Promise<PlanDetail> {
  return apiPost<PlanDetail>(`${planPath(caseId, planId)}/approve`, { version });
}

export function fetchPlanVersions(
  caseId: string,
  planId: string,
  signal?: AbortSignal,
): Promise<Page<PlanVersionSummary>> {
  return apiGet<Page<PlanVersionSummary>>(`${planPath(caseId, planId)}/versions`, { limit: 200 }, signal);
}

export function fetchPlanVersion(
  caseId: string,
  planId: string,
  number: number,
  signal?: AbortSignal,
): Promise<PlanVersion> {
  return apiGet<PlanVersion>(`${planPath(caseId, planId)}/versions/${number}`, undefined, signal);
}

export function recordAgreement(
  caseId: string,
  planId: string,
  number: number,
  body: PlanAgreement,
  idempotencyKey: string,
): Promise<PlanVersion> {
  return apiCreate<PlanVersion>(
    `${planPath(caseId, planId)}/versions/${number}/agreement`,
    body,
    idempotencyKey,
  );
}

/** The printable summary of a plan version in a beneficiary language (Arabic laid out right to left). */
export function planPdfUrl(caseId: string, lang: string, planId: string, version?: number): string {
  return buildUrl(`${casePath(caseId)}/plan.pdf`, { lang, planId, version });
}

/** An action's progress: no new version, even of an approved or signed plan (the plan's version as loaded). */
export function updateActionStatus(
  caseId: string,
  planId: string,
  actionId: string,
  body: { status: PlanActionStatus; version: number },
): Promise<PlanDetail> {
  return apiPatch<PlanDetail>(`${planPath(caseId, planId)}/actions/${encodeURIComponent(actionId)}`, body);
}
