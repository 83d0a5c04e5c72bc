import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import i18n from 'i18next';
import type {
  RecommendationList,
  RecommendationsQuery,
  Trial,
  TrialInput,
  TrialList,
} from '#core/contracts/recommendations';
import { api, withQuery } from '../../lib/api';

export const RECOMMENDATIONS_KEY = ['recommendations'] as const;
const trialsKey = (id: string) => [...RECOMMENDATIONS_KEY, 'tried', id] as const;
const triedPath = (id: string) => `/api/v1/resources/${encodeURIComponent(id)}/tried`;

type Params = Partial<Pick<RecommendationsQuery, 'surface' | 'planId' | 'ruleId' | 'actionStepId' | 'limit' | 'kind'>>;

/** The caller's recommendations for one surface, with reasons in the language on screen. */
export function useRecommendations(params: Params, enabled = true) {
  const locale = i18n.language === 'es' ? 'es' : 'en';
  return useQuery({
    queryKey: [...RECOMMENDATIONS_KEY, 'list', params, locale],
    queryFn: ({ signal }) =>
      api<RecommendationList>(withQuery('/api/v1/recommendations', { ...params, locale }), { signal }),
    enabled,
    // Each fetch is recorded as shown: do not refetch on every focus.
    staleTime: 5 * 60_000,
  });
}

/** Records that a recommended card was opened (novelty); failures are not the reader's problem. */
export function useMarkOpened() {
  return useMutation({
    mutationFn: (body: { id: string; surface: NonNullable<Params['surface']> }) =>
      api<null>('/api/v1/recommendations/opened', { method: 'POST', body }),
  });
}

/** The caller's own "I tried it" records for a card. */
export function useTrials(resourceId: string) {
  return useQuery({
    queryKey: trialsKey(resourceId),
    queryFn: ({ signal }) => api<TrialList>(triedPath(resourceId), { signal }),
    enabled: resourceId.length > 0,
  });
}

export function useTryIt(resourceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TrialInput) => api<Trial>(triedPath(resourceId), { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: RECOMMENDATIONS_KEY }),
  });
}
