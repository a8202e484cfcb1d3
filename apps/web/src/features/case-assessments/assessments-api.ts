import type { Assessment, AssessmentCreate, AssessmentProgress } from "@approdo/contracts";
import { apiCreate, apiGet } from "../../app/api/api-client.ts";
import type { Page } from "../../app/api/page.ts";

const casePath = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}`;
export const assessmentsPath = (caseId: string) => `${casePath(caseId)}/assessments`;

export const assessmentKeys = {
  all: ["assessments"] as const,
  case: (caseId: string) => [...assessmentKeys.all, caseId] as const,
  latest: (caseId: string) => [...assessmentKeys.case(caseId), "latest"] as const,
  list: (caseId: string) => [...assessmentKeys.case(caseId), "list"] as const,
  progress: (caseId: string) => [...assessmentKeys.case(caseId), "progress"] as const,
};

/** The most recent valid assessment (newest first, corrections' originals left out), or null. */
export async function fetchLatestAssessment(
  caseId: string,
  signal?: AbortSignal,
): Promise<Assessment | null> {
  const page = await apiGet<Page<Assessment>>(
    assessmentsPath(caseId),
    { includeSuperseded: "false", limit: 1 },
    signal,
  );
  return page.items[0] ?? null;
}

export function fetchAssessmentProgress(caseId: string, signal?: AbortSignal): Promise<AssessmentProgress> {
  return apiGet<AssessmentProgress>(`${assessmentsPath(caseId)}/progress`, undefined, signal);
}

export function createAssessment(
  caseId: string,
  body: AssessmentCreate,
  idempotencyKey: string,
): Promise<Assessment> {
  return apiCreate<Assessment>(assessmentsPath(caseId), body, idempotencyKey);
}
