import type { Network, ProjectCreate, ProjectDetail, ProjectUpdate } from "@approdo/contracts";
import { apiCreate, apiGet, apiPatch } from "../../app/api/api-client.ts";
import type { Page } from "../../app/api/page.ts";

export const projectsPath = "/api/v1/projects";

export const projectKeys = {
  all: ["projects"] as const,
  list: () => [...projectKeys.all, "list"] as const,
  detail: (id: string) => [...projectKeys.all, "detail", id] as const,
  networks: ["networks"] as const,
};

const projectPath = (id: string) => `${projectsPath}/${encodeURIComponent(id)}`;

export function fetchProject(id: string, signal?: AbortSignal): Promise<ProjectDetail> {
  return apiGet<ProjectDetail>(projectPath(id), undefined, signal);
}

export function createProject(body: ProjectCreate, idempotencyKey: string): Promise<ProjectDetail> {
  return apiCreate<ProjectDetail>(projectsPath, body, idempotencyKey);
}

export function updateProject(id: string, body: ProjectUpdate): Promise<ProjectDetail> {
  return apiPatch<ProjectDetail>(projectPath(id), body);
}

export function fetchNetworks(signal?: AbortSignal): Promise<Page<Network>> {
  return apiGet<Page<Network>>("/api/v1/networks", { limit: 200 }, signal);
}
