import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  SaveSelfAssessmentBody,
  SelfAssessment,
  SelfAssessmentResults,
  SelfAssessmentYears,
} from '#core/contracts/self-assessment';
import { api } from '../../lib/api';

const KEY = ['self-assessment'] as const;
const url = (schoolYear: string) => `/api/v1/self-assessments/${encodeURIComponent(schoolYear)}`;

export function useSelfAssessment(schoolYear: string) {
  return useQuery({
    queryKey: [...KEY, schoolYear],
    queryFn: ({ signal }) => api<SelfAssessment>(url(schoolYear), { signal }),
  });
}

export function useSelfAssessmentResults(schoolYear: string) {
  return useQuery({
    queryKey: [...KEY, schoolYear, 'results'],
    queryFn: ({ signal }) => api<SelfAssessmentResults>(`${url(schoolYear)}/results`, { signal }),
  });
}

export function useSelfAssessmentYears() {
  return useQuery({
    queryKey: [...KEY, 'years'],
    queryFn: ({ signal }) => api<SelfAssessmentYears>('/api/v1/self-assessments', { signal }),
  });
}

/** Every change the server accepted replaces the cached copy; results and years are read again. */
function useWrite<TBody>(schoolYear: string, send: (body: TBody) => Promise<SelfAssessment>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (saved) => {
      queryClient.setQueryData([...KEY, schoolYear], saved);
      void queryClient.invalidateQueries({ queryKey: [...KEY, schoolYear, 'results'] });
      void queryClient.invalidateQueries({ queryKey: [...KEY, 'years'] });
    },
  });
}

export const useSaveSelfAssessment = (schoolYear: string) =>
  useWrite(schoolYear, (body: SaveSelfAssessmentBody) =>
    api<SelfAssessment>(url(schoolYear), { method: 'PATCH', body }),
  );

export const useSubmitSelfAssessment = (schoolYear: string) =>
  useWrite(schoolYear, () => api<SelfAssessment>(`${url(schoolYear)}/submit`, { method: 'POST', body: {} }));

export const useReopenSelfAssessment = (schoolYear: string) =>
  useWrite(schoolYear, () => api<SelfAssessment>(`${url(schoolYear)}/reopen`, { method: 'POST', body: {} }));

/** This school year and the three before it. */
export function recentSchoolYears(current: string): string[] {
  const start = Number(current.slice(0, 4));
  return [0, 1, 2, 3].map((back) => {
    const y = start - back;
    return `${y}-${String((y + 1) % 100).padStart(2, '0')}`;
  });
}

export const localeOf = (language: string | undefined): 'en' | 'es' => (language?.startsWith('es') ? 'es' : 'en');
