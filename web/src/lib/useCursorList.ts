import { type QueryKey, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, withQuery } from './api';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

type Params = Record<string, string | number | undefined | null>;

interface Options {
  limit?: number;
  enabled?: boolean;
}

/** Every API list is `{ items, nextCursor }`; this walks it page by page for "load more". */
export function useCursorList<T>(key: QueryKey, path: string, params: Params = {}, options: Options = {}) {
  const limit = options.limit ?? 50;
  const query = useInfiniteQuery({
    queryKey: [...key, params, limit],
    queryFn: ({ pageParam, signal }) =>
      api<Page<T>>(withQuery(path, { ...params, limit, cursor: pageParam }), { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: options.enabled ?? true,
  });
  const items = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  return { items, query };
}
