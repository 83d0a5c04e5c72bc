import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '#core/domain/roles';
import { api, withQuery } from '../../lib/api';
import { useCursorList } from '../../lib/useCursorList';
import type { ReactionInput, Resource, ResourceFilters, ResourceSummary } from './types';

export const RESOURCES_KEY = ['resources'] as const;
const resourceKey = (id: string, locale?: Locale) => [...RESOURCES_KEY, 'detail', id, locale ?? null] as const;
const resourcePath = (id: string) => `/api/v1/resources/${encodeURIComponent(id)}`;

/** The library's search results, page by page ("load more"); ranked by relevance when `q` is given. */
export function useResources(params: ResourceFilters = {}, options: { limit?: number; enabled?: boolean } = {}) {
  return useCursorList<ResourceSummary>(
    [...RESOURCES_KEY, 'list'],
    '/api/v1/resources',
    { ...params },
    {
      limit: 24,
      ...options,
    },
  );
}

/** One full strategy card; `locale` asks for that language (the server falls back to the other one). */
export function useResource(id: string, locale?: Locale) {
  return useQuery({
    queryKey: resourceKey(id, locale),
    queryFn: ({ signal }) => api<Resource>(withQuery(resourcePath(id), { locale }), { signal }),
    enabled: id.length > 0,
  });
}

/** "Was this useful?": saves the caller's answer, then refreshes the card's counts in every language. */
export function useReactToResource(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReactionInput) => api<unknown>(`${resourcePath(id)}/reactions`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...RESOURCES_KEY, 'detail', id] }),
  });
}
