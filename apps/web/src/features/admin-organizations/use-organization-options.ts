import type { Organization } from "@approdo/contracts";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { fetchAllOrganizations, organizationKeys } from "./organizations-api.ts";

/** All organisations sorted by name, for pickers. */
export function useOrganizationOptions() {
  const query = useQuery({
    queryKey: organizationKeys.options(),
    queryFn: ({ signal }) => fetchAllOrganizations(signal),
    staleTime: 5 * 60_000,
  });
  const organizations = useMemo<Organization[]>(
    () => [...(query.data ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    [query.data],
  );
  return { organizations, isPending: query.isPending, error: query.error };
}
