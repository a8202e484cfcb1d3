import type { Territory } from "@approdo/contracts";
import { apiGet } from "../../app/api/api-client.ts";
import type { Page } from "../../app/api/page.ts";

/** Digits search the ISTAT code by prefix, anything else the name. */
export function searchTerritories(q: string, signal?: AbortSignal): Promise<Page<Territory>> {
  return apiGet<Page<Territory>>("/api/v1/territories", { q, limit: 20 }, signal);
}
