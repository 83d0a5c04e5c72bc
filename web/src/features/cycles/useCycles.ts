import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CloseCycleBody,
  Cycle,
  CycleLink,
  CycleLinkBody,
  CycleSummary,
  CycleTimeline,
  PracticeSession,
  PracticeSessionBody,
  ProgressCheck,
  ProgressCheckBody,
  StartCycleBody,
  UpdateCycleBody,
} from '#core/contracts/cycles';
import type { Observation } from '#core/contracts/observations';
import { api, withQuery } from '../../lib/api';
import { type Page, useCursorList } from '../../lib/useCursorList';

export const CYCLES_KEY = ['cycles'] as const;
const cycleKey = (id: string) => [...CYCLES_KEY, 'detail', id] as const;
const timelineKey = (id: string) => [...CYCLES_KEY, 'timeline', id] as const;
const cyclePath = (id: string) => `/api/v1/cycles/${encodeURIComponent(id)}`;

export type StartCycleInput = z.input<typeof StartCycleBody>;
export type UpdateCycleInput = z.input<typeof UpdateCycleBody>;

/** Cycles the reader coaches (`coaching`) or is coached in (`coached`), newest first. */
export function useCycleList(
  role: 'coaching' | 'coached',
  options: { status?: 'open' | 'closed'; enabled?: boolean; limit?: number } = {},
) {
  return useCursorList<CycleSummary>(
    [...CYCLES_KEY, 'list', role],
    '/api/v1/cycles',
    { role, status: options.status },
    { limit: options.limit ?? 50, enabled: options.enabled ?? true },
  );
}

export function useCycle(id: string) {
  return useQuery({
    queryKey: cycleKey(id),
    queryFn: ({ signal }) => api<Cycle>(cyclePath(id), { signal }),
  });
}

export function useCycleTimeline(id: string) {
  return useQuery({
    queryKey: timelineKey(id),
    queryFn: ({ signal }) => api<CycleTimeline>(`${cyclePath(id)}/timeline`, { signal }),
  });
}

export function useStartCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StartCycleInput) => api<Cycle>('/api/v1/cycles', { method: 'POST', body }),
    onSuccess: (cycle) => {
      queryClient.setQueryData(cycleKey(cycle.id), cycle);
      void queryClient.invalidateQueries({ queryKey: [...CYCLES_KEY, 'list'] });
    },
  });
}

/** Every write on a cycle refreshes the cycle, its timeline and the lists (stage, latest value). */
function useCycleWrite<Body, Result>(send: (body: Body) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    // Not awaited: the caller's own onSuccess (clearing a form) should not wait for refetches.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: CYCLES_KEY });
    },
  });
}

export const useUpdateCycle = (id: string) =>
  useCycleWrite((body: UpdateCycleInput) => api<Cycle>(cyclePath(id), { method: 'PATCH', body }));

export const useCloseCycle = (id: string) =>
  useCycleWrite((body: z.input<typeof CloseCycleBody>) =>
    api<Cycle>(`${cyclePath(id)}/close`, { method: 'POST', body }),
  );

export const useAddSession = (id: string) =>
  useCycleWrite((body: z.input<typeof PracticeSessionBody>) =>
    api<PracticeSession>(`${cyclePath(id)}/sessions`, { method: 'POST', body }),
  );

export const useAddCheck = (id: string) =>
  useCycleWrite((body: z.input<typeof ProgressCheckBody>) =>
    api<ProgressCheck>(`${cyclePath(id)}/checks`, { method: 'POST', body }),
  );

export const useAddLink = (id: string) =>
  useCycleWrite((body: z.input<typeof CycleLinkBody>) =>
    api<CycleLink>(`${cyclePath(id)}/links`, { method: 'POST', body }),
  );

export const useRemoveLink = (id: string) =>
  useCycleWrite((linkId: string) =>
    api<void>(`${cyclePath(id)}/links/${encodeURIComponent(linkId)}`, { method: 'DELETE' }),
  );

/** Visits between the cycle's two people, for linking: the coach's to the teacher. */
export function usePairObservations(cycle: Pick<Cycle, 'coach' | 'teacher'>, asCoach: boolean, enabled: boolean) {
  return useQuery({
    queryKey: ['observations', 'cycle-pair', cycle.coach.id, cycle.teacher.id, asCoach],
    queryFn: ({ signal }) =>
      api<Page<Observation>>(
        withQuery('/api/v1/observations', {
          role: asCoach ? 'observing' : 'observed',
          teacherId: asCoach ? cycle.teacher.id : undefined,
          limit: 100,
        }),
        { signal },
      ),
    select: (page) =>
      page.items.filter(
        (o) => o.observer.id === cycle.coach.id && o.teacher.id === cycle.teacher.id && o.status !== 'cancelled',
      ),
    enabled,
  });
}
