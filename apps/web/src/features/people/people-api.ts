import type {
  MatchQuery,
  matchCandidateSchema,
  Person,
  PersonCreate,
  PersonMerge,
  PersonSummary,
  personNameInputSchema,
  personUpdateSchema,
  residencePermitInputSchema,
  vulnerabilityInputSchema,
} from "@approdo/contracts";
import type { z } from "zod";
import { apiCreate, apiGet, apiPatch, apiPost, apiRequest } from "../../app/api/api-client.ts";

export const peoplePath = "/api/v1/people";

export type PersonUpdate = z.output<typeof personUpdateSchema>;
export type PersonNameInput = z.output<typeof personNameInputSchema>;
export type PermitInput = z.output<typeof residencePermitInputSchema>;
export type VulnerabilityInput = z.output<typeof vulnerabilityInputSchema>;
export type MatchCandidate = z.infer<typeof matchCandidateSchema>;

export const personKeys = {
  all: ["people"] as const,
  list: () => [...personKeys.all, "list"] as const,
  detail: (id: string) => [...personKeys.all, "detail", id] as const,
  matches: (query: MatchQuery) => [...personKeys.all, "matches", query] as const,
  merges: (id: string) => [...personKeys.all, "merges", id] as const,
  search: (q: string) => [...personKeys.all, "search", q] as const,
};

export const personPath = (id: string) => `${peoplePath}/${encodeURIComponent(id)}`;

export function fetchPerson(id: string, signal?: AbortSignal): Promise<Person> {
  return apiGet<Person>(personPath(id), undefined, signal);
}

export function createPerson(body: PersonCreate, idempotencyKey: string): Promise<Person> {
  return apiCreate<Person>(peoplePath, body, idempotencyKey);
}

export function updatePerson(id: string, body: PersonUpdate): Promise<Person> {
  return apiPatch<Person>(personPath(id), body);
}

export function searchPeople(q: string, signal?: AbortSignal): Promise<{ items: PersonSummary[] }> {
  return apiGet<{ items: PersonSummary[] }>(peoplePath, { q, limit: 10 }, signal);
}

/** A search, not a create: no Idempotency-Key, and aborted when the user types on. */
export async function findMatches(query: MatchQuery, signal?: AbortSignal): Promise<MatchCandidate[]> {
  const result = await apiRequest<{ candidates: MatchCandidate[] }>(`${peoplePath}/matches`, {
    method: "POST",
    body: query,
    signal,
  });
  return result.candidates;
}

export function addPermit(personId: string, body: PermitInput, idempotencyKey: string): Promise<unknown> {
  return apiCreate(`${personPath(personId)}/permits`, body, idempotencyKey);
}

export function addVulnerability(
  personId: string,
  body: VulnerabilityInput,
  idempotencyKey: string,
): Promise<unknown> {
  return apiCreate(`${personPath(personId)}/vulnerabilities`, body, idempotencyKey);
}

export function addName(personId: string, body: PersonNameInput, idempotencyKey: string): Promise<unknown> {
  return apiCreate(`${personPath(personId)}/names`, body, idempotencyKey);
}

/** `survivorId` keeps its record and takes the duplicate's history; an Idempotency-Key guards a retry. */
export function mergePerson(
  survivorId: string,
  duplicateId: string,
  idempotencyKey: string,
): Promise<PersonMerge> {
  return apiCreate<PersonMerge>(`${personPath(survivorId)}/merge`, { duplicateId }, idempotencyKey);
}

/** A repeated undo answers 409 MERGE_ALREADY_UNDONE. */
export function undoMerge(mergeId: string): Promise<PersonMerge> {
  return apiPost<PersonMerge>(`${peoplePath}/merges/${encodeURIComponent(mergeId)}/undo`);
}

export async function fetchMerges(personId: string, signal?: AbortSignal): Promise<PersonMerge[]> {
  const result = await apiGet<{ items: PersonMerge[] }>(`${personPath(personId)}/merges`, undefined, signal);
  return result.items;
}

/** The last day the vulnerability applied. */
export function endVulnerability(personId: string, vulnerabilityId: string, until: string): Promise<unknown> {
  return apiPost(`${personPath(personId)}/vulnerabilities/${encodeURIComponent(vulnerabilityId)}/end`, {
    until,
  });
}
