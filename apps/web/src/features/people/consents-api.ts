import type { Consent, ConsentCreate, ConsentSummary, ConsentWithdraw } from "@approdo/contracts";
import { apiCreate, apiGet, apiPost } from "../../app/api/api-client.ts";
import { personPath } from "./people-api.ts";

export const consentKeys = {
  all: (personId: string) => ["people", "consents", personId] as const,
  list: (personId: string) => [...consentKeys.all(personId), "list"] as const,
  summary: (personId: string) => [...consentKeys.all(personId), "summary"] as const,
};

const consentsPath = (personId: string) => `${personPath(personId)}/consents`;

export async function fetchConsents(personId: string, signal?: AbortSignal): Promise<Consent[]> {
  const result = await apiGet<{ items: Consent[] }>(consentsPath(personId), undefined, signal);
  return result.items;
}

export function fetchConsentSummary(personId: string, signal?: AbortSignal): Promise<ConsentSummary> {
  return apiGet<ConsentSummary>(`${consentsPath(personId)}/summary`, undefined, signal);
}

export function recordConsent(
  personId: string,
  body: ConsentCreate,
  idempotencyKey: string,
): Promise<Consent> {
  return apiCreate<Consent>(consentsPath(personId), body, idempotencyKey);
}

export function withdrawConsent(
  personId: string,
  consentId: string,
  body: ConsentWithdraw,
): Promise<Consent> {
  return apiPost<Consent>(`${consentsPath(personId)}/${encodeURIComponent(consentId)}/withdraw`, body);
}
