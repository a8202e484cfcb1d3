import type { Me } from "@approdo/contracts";
import type { QueryValue } from "../../app/api/api-client.ts";
import {
  type CaseFilter,
  type CaseFilterInput,
  caseFilterSchema,
  emptyCaseFilterForm,
} from "./case-form-schemas.ts";

const filterKeys = Object.keys(emptyCaseFilterForm) as (keyof CaseFilterInput)[];

/** The filters kept in the address (so "back" from a case returns to the same list). */
export function caseFormFromSearch(search: string): CaseFilterInput {
  const params = new URLSearchParams(search);
  const form = { ...emptyCaseFilterForm };
  for (const key of filterKeys) form[key] = params.get(key) ?? "";
  return form;
}

export function caseFilterFromSearch(search: string): CaseFilter {
  const result = caseFilterSchema.safeParse(caseFormFromSearch(search));
  return result.success ? result.data : {};
}

export function caseFilterToSearch(filter: CaseFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, String(value));
  const search = params.toString();
  return search ? `?${search}` : "";
}

/**
 * The filter → the query of GET /api/v1/cases: "mine" is `assignedTo=me` (cases I manage or hold a
 * seat on the team of), "organisation" my organisation's.
 */
export function caseFilterToQuery(
  filter: CaseFilter,
  me: Pick<Me, "user" | "organization">,
): Record<string, QueryValue> {
  const query: Record<string, QueryValue> = { q: filter.q, state: filter.state, projectId: filter.projectId };
  if (filter.scope === "mine") query.assignedTo = "me";
  if (filter.scope === "organization") query.organizationId = me.organization.id;
  return query;
}
