import type { ServiceRecord, ServiceRecordCreate, ServiceRecordVoid } from "@approdo/contracts";
import { apiCreate, apiPost } from "../../app/api/api-client.ts";

const casePath = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}`;
export const servicesPath = (caseId: string) => `${casePath(caseId)}/services`;
const servicePath = (caseId: string, serviceId: string) =>
  `${servicesPath(caseId)}/${encodeURIComponent(serviceId)}`;

export const serviceKeys = {
  all: ["services"] as const,
  case: (caseId: string) => [...serviceKeys.all, caseId] as const,
};

/** Records a service; the key makes a double tap or a retried submit record it once. */
export function recordService(
  caseId: string,
  body: ServiceRecordCreate,
  idempotencyKey: string,
): Promise<ServiceRecord> {
  return apiCreate<ServiceRecord>(servicesPath(caseId), body, idempotencyKey);
}

/** Voids a service recorded by mistake (it stays listed, struck through, with the reason). */
export function voidService(
  caseId: string,
  serviceId: string,
  body: ServiceRecordVoid,
): Promise<ServiceRecord> {
  return apiPost<ServiceRecord>(`${servicePath(caseId, serviceId)}/void`, body);
}
