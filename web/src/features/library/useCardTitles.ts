import { useQuery } from '@tanstack/react-query';
import type { Locale } from '#core/domain/roles';
import { api, withQuery } from '../../lib/api';
import type { Page } from '../../lib/useCursorList';
import type { ResourceSummary } from './types';

/**
 * Strategy card titles by id, for the "Read: …" buttons beside insights: one cached request
 * for the library's summaries rather than shipping every card's text inside the planner.
 */
export function useCardTitles(locale: Locale): ReadonlyMap<string, string> {
  const query = useQuery({
    queryKey: ['resources', 'titles', locale],
    queryFn: ({ signal }) =>
      api<Page<ResourceSummary>>(withQuery('/api/v1/resources', { locale, limit: 200 }), { signal }),
    staleTime: 60 * 60_000,
  });
  return new Map((query.data?.items ?? []).map((card) => [card.id, card.title]));
}
