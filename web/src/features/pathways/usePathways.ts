import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CompletionBody,
  EnrolResult,
  Pathway,
  PathwayBody,
  PathwayList,
  PathwayProgress,
  PathwayStatus,
} from '#core/contracts/pathways';
import { api } from '../../lib/api';

export const PATHWAYS_KEY = ['pathways'] as const;
const pathwayKey = (id: string) => [...PATHWAYS_KEY, 'one', id] as const;
const path = (id: string) => `/api/v1/pathways/${encodeURIComponent(id)}`;

export function usePathways() {
  return useQuery({
    queryKey: [...PATHWAYS_KEY, 'list'],
    queryFn: ({ signal }) => api<PathwayList>('/api/v1/pathways', { signal }),
  });
}

export function usePathway(id: string) {
  return useQuery({ queryKey: pathwayKey(id), queryFn: ({ signal }) => api<Pathway>(path(id), { signal }) });
}

export function usePathwayProgress(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...pathwayKey(id), 'progress'],
    queryFn: ({ signal }) => api<PathwayProgress>(`${path(id)}/progress`, { signal }),
    enabled,
  });
}

/** Every write answers the pathway: it replaces the cached one, and the list refreshes. */
function usePathwayWrite<Input>(send: (input: Input) => Promise<Pathway>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (pathway) => {
      queryClient.setQueryData(pathwayKey(pathway.id), pathway);
      void queryClient.invalidateQueries({ queryKey: [...PATHWAYS_KEY, 'list'] });
      void queryClient.invalidateQueries({ queryKey: [...pathwayKey(pathway.id), 'progress'] });
    },
  });
}

export const useCreatePathway = () =>
  usePathwayWrite((body: PathwayBody) => api<Pathway>('/api/v1/pathways', { method: 'POST', body }));

export const useSavePathway = (id: string) =>
  usePathwayWrite((body: PathwayBody) => api<Pathway>(path(id), { method: 'PUT', body }));

export const useSetStatus = (id: string) =>
  usePathwayWrite((status: PathwayStatus) => api<Pathway>(`${path(id)}/status`, { method: 'POST', body: { status } }));

export const useEnrol = (id: string) =>
  usePathwayWrite(() => api<Pathway>(`${path(id)}/enrolment`, { method: 'POST' }));

export const useCompleteStep = (id: string) =>
  usePathwayWrite(({ stepId, body }: { stepId: string; body: CompletionBody }) =>
    api<Pathway>(`${path(id)}/steps/${encodeURIComponent(stepId)}/completion`, { method: 'PUT', body }),
  );

export const useUncompleteStep = (id: string) =>
  usePathwayWrite((stepId: string) =>
    api<Pathway>(`${path(id)}/steps/${encodeURIComponent(stepId)}/completion`, { method: 'DELETE' }),
  );

export function useAssign(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userIds: string[]) =>
      api<EnrolResult>(`${path(id)}/enrolments`, { method: 'POST', body: { userIds } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...pathwayKey(id), 'progress'] }),
  });
}
