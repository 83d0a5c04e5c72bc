import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Reflection, ReflectionInput } from '#core/contracts/reflections';
import { api } from '../../lib/api';
import type { Page } from '../../lib/useCursorList';

export const REFLECTIONS_KEY = ['reflections'] as const;
const reflectionsKey = (planId: string) => [...REFLECTIONS_KEY, 'plan', planId] as const;
const reflectionsPath = (planId: string) => `/api/v1/lesson-plans/${encodeURIComponent(planId)}/reflections`;

const newestFirst = (page: Page<Reflection>) =>
  [...page.items].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));

/** A plan's reflections, newest first (the server sends them all in one page). */
export function useReflections(planId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: reflectionsKey(planId),
    queryFn: ({ signal }) => api<Page<Reflection>>(reflectionsPath(planId), { signal }),
    select: newestFirst,
    enabled: (options.enabled ?? true) && planId.length > 0,
  });
}

/** The newest `count` reflections on a plan (default: the latest one), e.g. for a summary beside the plan. */
export function useLatestReflections(planId: string, count = 1, options: { enabled?: boolean } = {}) {
  const query = useReflections(planId, options);
  return { ...query, latest: query.data?.slice(0, count) ?? [] };
}

/** Saves a reflection (the server analyses it too) and refreshes the plan's list. */
export function useCreateReflection(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReflectionInput) => api<Reflection>(reflectionsPath(planId), { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reflectionsKey(planId) }),
  });
}
