import type { ServicePoint, ServicePointCreate, ServicePointUpdate } from "@approdo/contracts";
import { apiCreate, apiGet, apiPatch } from "../../app/api/api-client.ts";

export const servicePointsPath = "/api/v1/service-points";

export const servicePointKeys = {
  all: ["service-points"] as const,
  list: () => [...servicePointKeys.all, "list"] as const,
  detail: (id: string) => [...servicePointKeys.all, "detail", id] as const,
};

const servicePointPath = (id: string) => `${servicePointsPath}/${encodeURIComponent(id)}`;

export function fetchServicePoint(id: string, signal?: AbortSignal): Promise<ServicePoint> {
  return apiGet<ServicePoint>(servicePointPath(id), undefined, signal);
}

export function createServicePoint(body: ServicePointCreate, idempotencyKey: string): Promise<ServicePoint> {
  return apiCreate<ServicePoint>(servicePointsPath, body, idempotencyKey);
}

export function updateServicePoint(id: string, body: ServicePointUpdate): Promise<ServicePoint> {
  return apiPatch<ServicePoint>(servicePointPath(id), body);
}
