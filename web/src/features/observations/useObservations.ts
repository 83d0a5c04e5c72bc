import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { type FollowUpBody, OBSERVATION_LIMITS, type UpdateObservationBody } from '#core/contracts/observations';
import type { LessonPlan } from '#core/contracts/planning';
import { api, withQuery } from '../../lib/api';
import type { Page } from '../../lib/useCursorList';
import { withDeviceCopy } from './deviceCopy';
import type { ActionStep, Caseload, EvidenceNote, FeedbackInput, Observation, ScheduleInput } from './types';

export const OBSERVATIONS_KEY = ['observations'] as const;
export const CASELOAD_KEY = ['coaching', 'caseload'] as const;
export const ACTION_STEPS_KEY = ['action-steps'] as const;
export const observationKey = (id: string) => [...OBSERVATIONS_KEY, 'one', id] as const;
export const notesKey = (id: string) => [...OBSERVATIONS_KEY, 'notes', id] as const;
const path = (id: string) => `/api/v1/observations/${encodeURIComponent(id)}`;

/** Visits the caller makes (`observing`) or receives (`observed`), newest first; one page is plenty for a person. */
export function useObservationList(role: 'observing' | 'observed', enabled = true) {
  return useQuery({
    queryKey: [...OBSERVATIONS_KEY, 'list', role],
    queryFn: ({ signal }) =>
      api<Page<Observation>>(withQuery('/api/v1/observations', { role, limit: 200 }), { signal }),
    enabled,
  });
}

/** One visit; with `userId` it is also kept on the device so the capture screen opens offline. */
export function useObservation(id: string, userId?: string) {
  return useQuery({
    queryKey: observationKey(id),
    queryFn: ({ signal }) => {
      const fetch = () => api<Observation>(path(id), { signal });
      return userId ? withDeviceCopy(userId, `observation:${id}`, fetch) : fetch();
    },
    enabled: id.length > 0,
  });
}

export function useEvidenceNotes(id: string, options: { userId?: string; enabled?: boolean } = {}) {
  return useQuery({
    queryKey: notesKey(id),
    queryFn: ({ signal }) => {
      const fetch = () => api<Page<EvidenceNote>>(`${path(id)}/notes`, { signal });
      return options.userId ? withDeviceCopy(options.userId, `notes:${id}`, fetch) : fetch();
    },
    enabled: (options.enabled ?? true) && id.length > 0,
  });
}

/** The plan the teacher attached, as the observer reads it (kept on the device for offline capture). */
export function useAttachedPlan(planId: string | null | undefined, userId?: string) {
  return useQuery({
    queryKey: ['lesson-plans', 'one', planId],
    queryFn: ({ signal }) => {
      const fetch = () => api<LessonPlan>(`/api/v1/lesson-plans/${planId}`, { signal });
      return userId ? withDeviceCopy(userId, `plan:${planId}`, fetch) : fetch();
    },
    enabled: !!planId,
  });
}

/** The teacher's own plans a few days either side of a visit, to choose the one to share. */
export function usePlansAround(from: string, to: string, enabled = true) {
  return useQuery({
    queryKey: ['lesson-plans', 'around', from, to],
    queryFn: ({ signal }) =>
      api<Page<LessonPlan>>(withQuery('/api/v1/lesson-plans', { scope: 'mine', from, to, limit: 200 }), { signal }),
    enabled,
  });
}

export function useCaseload(enabled = true) {
  return useQuery({
    queryKey: CASELOAD_KEY,
    queryFn: ({ signal }) => api<Caseload>('/api/v1/coaching/caseload', { signal }),
    enabled,
  });
}

/** The caller's own shared action steps, or (with `teacherId`) the steps the caller gave that teacher. */
export function useActionSteps(teacherId?: string) {
  return useQuery({
    queryKey: [...ACTION_STEPS_KEY, teacherId ?? 'mine'],
    queryFn: ({ signal }) => api<{ items: ActionStep[] }>(withQuery('/api/v1/action-steps', { teacherId }), { signal }),
  });
}

/** After any change to a visit: the visit itself now, every list and view built from visits next. */
export function storeObservation(queryClient: QueryClient, observation: Observation) {
  queryClient.setQueryData(observationKey(observation.id), observation);
  void queryClient.invalidateQueries({ queryKey: [...OBSERVATIONS_KEY, 'list'] });
  void queryClient.invalidateQueries({ queryKey: CASELOAD_KEY });
  void queryClient.invalidateQueries({ queryKey: ACTION_STEPS_KEY });
}

function useObservationMutation<TBody>(request: (body: TBody) => Promise<Observation>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (observation) => storeObservation(queryClient, observation),
  });
}

export function useScheduleObservation() {
  return useObservationMutation((body: ScheduleInput) =>
    api<Observation>('/api/v1/observations', { method: 'POST', body }),
  );
}

export function useUpdateObservation(id: string) {
  return useObservationMutation((body: z.input<typeof UpdateObservationBody>) =>
    api<Observation>(path(id), { method: 'PATCH', body }),
  );
}

export function useAttachPlan(id: string) {
  return useObservationMutation((planId: string | null) =>
    api<Observation>(`${path(id)}/plan`, { method: 'PUT', body: { planId } }),
  );
}

export function useSaveFeedback(id: string) {
  return useObservationMutation((body: FeedbackInput) =>
    api<Observation>(`${path(id)}/feedback`, { method: 'PUT', body }),
  );
}

export function useRespond(id: string) {
  return useObservationMutation((text: string) =>
    api<Observation>(`${path(id)}/response`, { method: 'POST', body: { text } }),
  );
}

export function useFollowUp(id: string) {
  return useObservationMutation((body: z.input<typeof FollowUpBody>) =>
    api<Observation>(`${path(id)}/follow-up`, { method: 'POST', body }),
  );
}

/**
 * The requests the device queue makes for one visit. The server replaces the whole set of
 * tallies on each PUT, so the queued counts go together with the ones it already has.
 */
export const captureSender = (id: string, serverTallies: () => Record<string, number>) => ({
  note: (body: { clientId: string; at: string; text: string; practiceIds: string[]; lookForIds: string[] }) =>
    api<EvidenceNote>(`${path(id)}/notes`, { method: 'POST', body }),
  tallies: (pending: Record<string, number>) => {
    const counts = Object.fromEntries(
      Object.entries({ ...serverTallies(), ...pending })
        .filter(([, n]) => n > 0)
        .map(([lookForId, n]) => [lookForId, Math.min(n, OBSERVATION_LIMITS.tally)]),
    );
    return api<Observation>(`${path(id)}/tallies`, { method: 'PUT', body: { counts } });
  },
});
