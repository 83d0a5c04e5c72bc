import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Framework, FrameworkSummary, GrowthFocus, ImportFrameworkBody } from '#core/contracts/frameworks';
import { api } from '../../lib/api';
import type { Page } from '../../lib/useCursorList';
import { PLANS_KEY } from '../planning/usePlans';

const FRAMEWORKS_KEY = ['frameworks'] as const;
const GROWTH_FOCUS_KEY = ['growth-focus'] as const;

export function useFrameworks() {
  return useQuery({
    queryKey: [...FRAMEWORKS_KEY, 'list'],
    queryFn: ({ signal }) => api<Page<FrameworkSummary>>('/api/v1/frameworks', { signal }),
  });
}

export function useFramework(id: string | null | undefined) {
  return useQuery({
    queryKey: [...FRAMEWORKS_KEY, 'one', id],
    queryFn: ({ signal }) => api<Framework>(`/api/v1/frameworks/${id}`, { signal }),
    enabled: !!id,
  });
}

export function useImportFramework() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof ImportFrameworkBody>) =>
      api<Framework>('/api/v1/frameworks/imports', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FRAMEWORKS_KEY }),
  });
}

export function useSchoolFramework(schoolId: string | null | undefined) {
  return useQuery({
    queryKey: [...FRAMEWORKS_KEY, 'school', schoolId],
    queryFn: ({ signal }) =>
      api<{ schoolId: string; frameworkId: string }>(`/api/v1/schools/${schoolId}/framework`, { signal }),
    enabled: !!schoolId,
  });
}

export function useSetSchoolFramework() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ schoolId, frameworkId }: { schoolId: string; frameworkId: string }) =>
      api(`/api/v1/schools/${schoolId}/framework`, { method: 'PUT', body: { frameworkId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...FRAMEWORKS_KEY, 'school'] }),
  });
}

export function useGrowthFocus() {
  return useQuery({
    queryKey: GROWTH_FOCUS_KEY,
    queryFn: ({ signal }) => api<GrowthFocus>('/api/v1/me/growth-focus', { signal }),
  });
}

export function useSetGrowthFocus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (practiceIds: string[]) =>
      api<GrowthFocus>('/api/v1/me/growth-focus', { method: 'PUT', body: { practiceIds } }),
    onSuccess: (focus) => {
      queryClient.setQueryData(GROWTH_FOCUS_KEY, focus);
      // Plans' insights take the growth focus into account (focus.absent).
      return queryClient.invalidateQueries({ queryKey: PLANS_KEY });
    },
  });
}
