import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Ratings, RatingsBody } from '#core/contracts/observations';
import { api } from '../../lib/api';
import { OBSERVATIONS_KEY } from './useObservations';

type RatingsAnswer = z.infer<typeof Ratings>;
const ratingsKey = (id: string) => [...OBSERVATIONS_KEY, 'ratings', id] as const;
const path = (id: string) => `/api/v1/observations/${encodeURIComponent(id)}/ratings`;

/** Ratings of an evaluative visit; asked only for evaluative visits, so coaching screens never fetch them. */
export function useRatings(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ratingsKey(id),
    queryFn: ({ signal }) => api<RatingsAnswer>(path(id), { signal }),
    enabled,
  });
}

export function useSaveRatings(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof RatingsBody>) => api<RatingsAnswer>(path(id), { method: 'PUT', body }),
    onSuccess: (answer) => queryClient.setQueryData(ratingsKey(id), answer),
  });
}
