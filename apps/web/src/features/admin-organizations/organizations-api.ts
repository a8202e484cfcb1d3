import type {
  Organization,
  OrganizationCreate,
  OrganizationDetail,
  OrganizationUpdate,
} from "@approdo/contracts";
import { apiCreate, apiGet, apiPatch } from "../../app/api/api-client.ts";
import type { Page } from "../../app/api/page.ts";

export const organizationsPath = "/api/v1/organizations";

export const organizationKeys = {
  all: ["organizations"] as const,
  list: () => [...organizationKeys.all, "list"] as const,
  options: () => [...organizationKeys.all, "options"] as const,
  detail: (id: string) => [...organizationKeys.all, "detail", id] as const,
};

const organizationPath = (id: string) => `${organizationsPath}/${encodeURIComponent(id)}`;

export function fetchOrganization(id: string, signal?: AbortSignal): Promise<OrganizationDetail> {
  return apiGet<OrganizationDetail>(organizationPath(id), undefined, signal);
}

export function createOrganization(
  body: OrganizationCreate,
  idempotencyKey: string,
): Promise<OrganizationDetail> {
  return apiCreate<OrganizationDetail>(organizationsPath, body, idempotencyKey);
}

export function updateOrganization(id: string, body: OrganizationUpdate): Promise<OrganizationDetail> {
  return apiPatch<OrganizationDetail>(organizationPath(id), body);
}

const maxPages = 50;

/** Every organisation (for pickers), following the cursor 200 at a time. */
export async function fetchAllOrganizations(signal?: AbortSignal): Promise<Organization[]> {
  const all: Organization[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page += 1) {
    const result: Page<Organization> = await apiGet<Page<Organization>>(
      organizationsPath,
      { limit: 200, cursor },
      signal,
    );
    all.push(...result.items);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return all;
}
