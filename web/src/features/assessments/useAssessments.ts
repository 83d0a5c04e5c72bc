import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import i18n from 'i18next';
import type {
  AssessmentImport,
  AssessmentImportResult,
  AssessmentRowIssue,
  AssessmentSchool,
} from '#core/contracts/assessments';
import type { Problem } from '#core/contracts/common';
import { ApiError, api, isApiError, withQuery } from '../../lib/api';

export const ASSESSMENTS_KEY = ['assessments'] as const;

export const TEMPLATE_URL = '/api/v1/assessments/template.csv';

export function useAssessmentImports() {
  return useQuery({
    queryKey: [...ASSESSMENTS_KEY, 'imports'],
    queryFn: ({ signal }) =>
      api<{ items: AssessmentImport[]; nextCursor: string | null }>('/api/v1/assessments/imports', { signal }),
  });
}

export function useAssessmentSchools() {
  return useQuery({
    queryKey: [...ASSESSMENTS_KEY, 'schools'],
    queryFn: ({ signal }) => api<{ items: AssessmentSchool[] }>('/api/v1/assessments/schools', { signal }),
  });
}

/**
 * Sends the file as the request body (text/csv). The API accepts a cookie-authenticated non-JSON
 * body when it carries `X-Requested-With: conecta` (its CSRF rule). The 422 keeps its `rows`.
 */
async function uploadCsv(file: File): Promise<AssessmentImportResult> {
  const language = i18n.language === 'es' ? 'es' : 'en';
  let response: Response;
  try {
    response = await fetch(withQuery('/api/v1/assessments/imports', { fileName: file.name, locale: language }), {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'text/csv',
        'X-Requested-With': 'conecta',
        Accept: 'application/json, application/problem+json',
        'Accept-Language': language,
      },
      body: file,
    });
  } catch {
    throw new ApiError(0, null);
  }
  const body = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) throw new ApiError(response.status, (body as Problem | null) ?? null);
  return body as AssessmentImportResult;
}

/** The row problems of a refused file (line, column, message), or none. */
export function rowIssuesOf(error: unknown): AssessmentRowIssue[] {
  if (!isApiError(error, 422)) return [];
  const rows = (error.problem as (Problem & { rows?: unknown }) | null)?.rows;
  return Array.isArray(rows) ? (rows as AssessmentRowIssue[]) : [];
}

export function useImportAssessments() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadCsv,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ASSESSMENTS_KEY }),
  });
}

export function useDeleteAssessmentImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(`/api/v1/assessments/imports/${id}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ASSESSMENTS_KEY }),
  });
}
