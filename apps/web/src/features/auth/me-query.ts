import type { Me } from "@approdo/contracts";
import { type QueryClient, useQuery } from "@tanstack/react-query";
import { setCsrfToken } from "../../app/api/api-client.ts";
import { adoptProfileLanguage } from "../../app/i18n.ts";
import { fetchMe } from "./auth-api.ts";

export const meQueryKey = ["me"] as const;

export function useMeQuery() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async ({ signal }) => {
      const me = await fetchMe(signal);
      setCsrfToken(me?.csrfToken ?? null);
      return me;
    },
    staleTime: 5 * 60_000,
  });
}

/** Records a Me received from the server (sign-in, TOTP, enrolment) or the end of the session. */
export function storeMe(queryClient: QueryClient, me: Me | null): void {
  setCsrfToken(me?.csrfToken ?? null);
  if (me) adoptProfileLanguage(me.user.locale);
  queryClient.setQueryData(meQueryKey, me);
}

/** Forgets everything loaded for the previous user, keeping the session query itself. */
export function forgetUserData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
}
