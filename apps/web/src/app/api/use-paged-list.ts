import { type InfiniteData, type QueryKey, useInfiniteQuery } from "@tanstack/react-query";
import { apiGet, type QueryValue } from "./api-client.ts";
import { defaultPageSize, type Page } from "./page.ts";

/** A keyset-paginated list: items of all loaded pages, and `loadMore` for the next one. */
export function usePagedList<T>(queryKey: QueryKey, path: string, filters: Record<string, QueryValue> = {}) {
  const query = useInfiniteQuery<Page<T>, Error, InfiniteData<Page<T>>, QueryKey, string | null>({
    queryKey: [...queryKey, filters],
    queryFn: ({ pageParam, signal }) =>
      apiGet<Page<T>>(path, { ...filters, limit: defaultPageSize, cursor: pageParam }, signal),
    initialPageParam: null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return {
    items,
    isPending: query.isPending,
    error: query.error,
    hasMore: query.hasNextPage,
    isLoadingMore: query.isFetchingNextPage,
    loadMore: () => void query.fetchNextPage(),
    refetch: () => void query.refetch(),
  };
}
