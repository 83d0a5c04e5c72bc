import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CreateInitiativeBody, Dashboard, Initiative, Pulse, PulseAnswerBody } from '#core/contracts/impact';
import { api } from '../../lib/api';

const KEY = ['initiatives'] as const;
const PULSES_KEY = ['pulses', 'open'] as const;

export type DashboardFilters = {
  schoolId?: string;
  teamId?: string;
  subject?: string;
  from?: string;
  to?: string;
  grain: 'week' | 'month';
};

/** The query string of a dashboard (and of its CSV exports), without empty filters. */
export function filterQuery(filters: DashboardFilters, extra: Record<string, string> = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra })) if (value) params.set(key, value);
  return params.toString();
}

export function useInitiatives() {
  return useQuery({
    queryKey: [...KEY, 'list'],
    queryFn: ({ signal }) => api<{ items: Initiative[] }>('/api/v1/initiatives', { signal }),
  });
}

export function useInitiative(id: string) {
  return useQuery({
    queryKey: [...KEY, 'one', id],
    queryFn: ({ signal }) => api<Initiative>(`/api/v1/initiatives/${id}`, { signal }),
    enabled: !!id,
  });
}

export function useDashboard(id: string, filters: DashboardFilters) {
  const query = filterQuery(filters);
  return useQuery({
    queryKey: [...KEY, 'dashboard', id, query],
    queryFn: ({ signal }) => api<Dashboard>(`/api/v1/initiatives/${id}/dashboard?${query}`, { signal }),
    enabled: !!id,
  });
}

export function useCreateInitiative() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateInitiativeBody>) =>
      api<Initiative>('/api/v1/initiatives', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useRefreshInitiative(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<null>(`/api/v1/initiatives/${id}/refresh`, { method: 'POST' }),
    // The worker picks the job up within seconds; look again shortly after.
    onSuccess: () => setTimeout(() => queryClient.invalidateQueries({ queryKey: [...KEY, 'dashboard', id] }), 6000),
  });
}

export function useOpenPulses(enabled: boolean) {
  return useQuery({
    queryKey: PULSES_KEY,
    queryFn: ({ signal }) => api<{ items: Pulse[] }>('/api/v1/pulses/open', { signal }),
    enabled,
  });
}

export function useAnswerPulse(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof PulseAnswerBody>) =>
      api<null>(`/api/v1/pulses/${id}/responses`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PULSES_KEY }),
  });
}
