import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LessonPlan, LessonPlanVersion, StoredPlanInsights } from '#core/contracts/planning';
import { api, withQuery } from '../../lib/api';
import type { Page } from '../../lib/useCursorList';
import { useCursorList } from '../../lib/useCursorList';
import type { PlanDraft } from './planDraft';

export const PLANS_KEY = ['lesson-plans'] as const;
const planKey = (id: string) => [...PLANS_KEY, 'one', id] as const;

/** The caller's plans between two dates (a week: never more than a page). */
export function useWeekPlans(from: string, to: string) {
  return useQuery({
    queryKey: [...PLANS_KEY, 'week', from, to],
    queryFn: ({ signal }) =>
      api<Page<LessonPlan>>(withQuery('/api/v1/lesson-plans', { from, to, limit: 200 }), { signal }),
  });
}

/** Plans to copy from, newest first: the caller's own (any date), or teammates' and coachees' shared plans. */
export function usePlanList(scope: 'mine' | 'shared', classId?: string, enabled = true) {
  return useCursorList<LessonPlan>(
    [...PLANS_KEY, 'list', scope],
    '/api/v1/lesson-plans',
    { scope, classId, order: 'desc' },
    { limit: 50, enabled },
  );
}

export function usePlan(id: string) {
  return useQuery({
    queryKey: planKey(id),
    queryFn: ({ signal }) => api<LessonPlan>(`/api/v1/lesson-plans/${id}`, { signal }),
  });
}

export function useStoredInsights(id: string, enabled = true) {
  return useQuery({
    queryKey: [...planKey(id), 'insights'],
    queryFn: ({ signal }) => api<StoredPlanInsights>(`/api/v1/lesson-plans/${id}/insights`, { signal }),
    enabled,
  });
}

export function usePlanVersions(id: string) {
  return useQuery({
    queryKey: [...planKey(id), 'versions'],
    queryFn: ({ signal }) => api<Page<LessonPlanVersion>>(`/api/v1/lesson-plans/${id}/versions`, { signal }),
  });
}

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: PlanDraft) => api<LessonPlan>('/api/v1/lesson-plans', { method: 'POST', body: draft }),
    onSuccess: (plan) => {
      queryClient.setQueryData(planKey(plan.id), plan);
      return queryClient.invalidateQueries({ queryKey: [...PLANS_KEY, 'week'] });
    },
  });
}

/** PUT with the version being edited; a stale version answers 409 (see useAutosave). */
export function savePlan(id: string, draft: PlanDraft, version: number) {
  return api<LessonPlan>(`/api/v1/lesson-plans/${id}`, { method: 'PUT', body: { ...draft, version } });
}

export function useSavePlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ draft, version }: { draft: PlanDraft; version: number }) => savePlan(id, draft, version),
    onSuccess: (plan) => afterSave(queryClient, plan),
  });
}

export function afterSave(queryClient: ReturnType<typeof useQueryClient>, plan: LessonPlan) {
  queryClient.setQueryData(planKey(plan.id), plan);
  void queryClient.invalidateQueries({ queryKey: [...PLANS_KEY, 'week'] });
  void queryClient.invalidateQueries({ queryKey: [...planKey(plan.id), 'versions'] });
}

export function useDismissInsight(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ ruleId, reason }: { ruleId: string; reason: string }) =>
      api(`/api/v1/lesson-plans/${id}/insights/${encodeURIComponent(ruleId)}/dismissals`, {
        method: 'POST',
        body: { reason },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...planKey(id), 'insights'] }),
  });
}
