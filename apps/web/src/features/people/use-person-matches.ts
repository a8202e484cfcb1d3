import type { MatchQuery } from "@approdo/contracts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useDebouncedValue } from "../territories/use-debounced-value.ts";
import { findMatches, personKeys } from "./people-api.ts";

/** How long the user may pause typing before the duplicate search runs. */
export const matchDebounceMs = 300;

/** Candidates for what has been typed so far, searched 300 ms after the last change. */
export function usePersonMatches(query: MatchQuery | null) {
  // debounce a string: the query object is new on every render
  const key = query ? JSON.stringify(query) : "";
  const debouncedKey = useDebouncedValue(key, matchDebounceMs);
  const debounced = useMemo(
    () => (debouncedKey ? (JSON.parse(debouncedKey) as MatchQuery) : null),
    [debouncedKey],
  );
  const result = useQuery({
    queryKey: debounced ? personKeys.matches(debounced) : [...personKeys.all, "matches", "none"],
    queryFn: ({ signal }) => (debounced ? findMatches(debounced, signal) : Promise.resolve([])),
    enabled: debounced !== null,
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });
  const active = query !== null && debounced !== null;
  return {
    candidates: active ? (result.data ?? []) : [],
    /** The search ran for the current names (not only for an earlier spelling). */
    searched: active && result.isSuccess,
    isFetching: active && result.isFetching,
    error: active ? result.error : null,
  };
}
