import type { Project } from "@approdo/contracts";
import { useQuery } from "@tanstack/react-query";
import { apiGet } from "../../app/api/api-client.ts";
import type { Page } from "../../app/api/page.ts";
import { useSession } from "../auth/use-session.ts";

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Projects running today among those a list of projects holds. */
export function activeProjects(projects: readonly Project[], on = today()): Project[] {
  return projects.filter((project) => project.startDate <= on && on <= project.endDate);
}

/** The signed-in operator's organisation's projects (lead or partner) that are running today. */
export function useMyProjects() {
  const { me } = useSession();
  const query = useQuery({
    queryKey: ["projects", "list", "mine", me.organization.id],
    queryFn: ({ signal }) =>
      apiGet<Page<Project>>("/api/v1/projects", { organizationId: me.organization.id, limit: 200 }, signal),
    staleTime: 5 * 60_000,
  });
  return {
    projects: activeProjects(query.data?.items ?? []),
    allProjects: query.data?.items ?? [],
    ...query,
  };
}
