import { useQuery } from "@tanstack/react-query";
import { caseKeys, fetchOrganization, fetchProject } from "./cases-api.ts";

/** The case's organisation (its name, and whether closing needs a coordinator's approval). */
export function useCaseOrganization(organizationId: string) {
  return useQuery({
    queryKey: caseKeys.organization(organizationId),
    queryFn: ({ signal }) => fetchOrganization(organizationId, signal),
    staleTime: 5 * 60_000,
  });
}

/** The case's project (code and title), when it has one. */
export function useCaseProject(projectId: string | null) {
  return useQuery({
    queryKey: caseKeys.project(projectId ?? ""),
    queryFn: ({ signal }) => fetchProject(projectId ?? "", signal),
    enabled: projectId !== null,
    staleTime: 5 * 60_000,
  });
}
