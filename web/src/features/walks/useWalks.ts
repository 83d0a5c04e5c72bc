import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  RoomVisit,
  RoomVisitBody,
  StartWalkBody,
  Walk,
  WalkReport,
  WalkStatus,
  WalkSummary,
} from '#core/contracts/walks';
import { api } from '../../lib/api';
import { useCursorList } from '../../lib/useCursorList';

export const WALKS_KEY = ['walks'] as const;

export function useWalks(params: { schoolId?: string; status?: WalkStatus } = {}, options: { limit?: number } = {}) {
  return useCursorList<WalkSummary>([...WALKS_KEY, 'list'], '/api/v1/walks', params, options);
}

export function useWalk(id: string) {
  return useQuery({
    queryKey: [...WALKS_KEY, 'one', id],
    queryFn: ({ signal }) => api<Walk>(`/api/v1/walks/${id}`, { signal }),
    enabled: !!id,
  });
}

export function useWalkReport(id: string) {
  return useQuery({
    queryKey: [...WALKS_KEY, 'report', id],
    queryFn: ({ signal }) => api<WalkReport>(`/api/v1/walks/${id}/report`, { signal }),
    enabled: !!id,
  });
}

export function useStartWalk() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof StartWalkBody>) => api<Walk>('/api/v1/walks', { method: 'POST', body }),
    onSuccess: (walk) => {
      queryClient.setQueryData([...WALKS_KEY, 'one', walk.id], walk);
      return queryClient.invalidateQueries({ queryKey: [...WALKS_KEY, 'list'] });
    },
  });
}

export function useCloseWalk(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<Walk>(`/api/v1/walks/${id}/close`, { method: 'POST' }),
    onSuccess: (walk) => {
      queryClient.setQueryData([...WALKS_KEY, 'one', id], walk);
      return queryClient.invalidateQueries({ queryKey: WALKS_KEY });
    },
  });
}

export type RoomInput = z.input<typeof RoomVisitBody>;

/** PUT under the device's client id: resending after a dropped connection stores the room once. */
export const sendRoom = (walkId: string, clientId: string, room: RoomInput) =>
  api<RoomVisit>(`/api/v1/walks/${walkId}/rooms/${clientId}`, { method: 'PUT', body: room });
