import { useQuery } from "@tanstack/react-query";
import { searchTerritories } from "../territories/territories-api.ts";

/** "Palermo (PA)" for an ISTAT code, or the code itself until (or unless) the name is known. */
export function TerritoryName({ code }: { code: string | null | undefined }) {
  const query = useQuery({
    queryKey: ["territories", "name", code],
    queryFn: ({ signal }) => searchTerritories(code ?? "", signal),
    enabled: Boolean(code),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  if (!code) return <>—</>;
  const territory = query.data?.items.find((item) => item.istatCode === code);
  return <>{territory ? `${territory.name} (${territory.province})` : code}</>;
}
