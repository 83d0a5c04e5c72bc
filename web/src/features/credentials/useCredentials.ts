import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  DraftBody,
  IssuedSummary,
  MicroCredential,
  MicroCredentialBody,
  MicroCredentialPatch,
  MicroCredentialSource,
  PublicCredential,
  ReviewBody,
  Submission,
  SubmissionSummary,
} from '#core/contracts/credentials';
import { api } from '../../lib/api';

export const CREDENTIALS_KEY = ['credentials'] as const;
const submissionKey = (id: string) => [...CREDENTIALS_KEY, 'submission', id] as const;
const submissionPath = (id: string) => `/api/v1/credentials/submissions/${encodeURIComponent(id)}`;

export function useCatalogue() {
  return useQuery({
    queryKey: [...CREDENTIALS_KEY, 'catalogue'],
    queryFn: ({ signal }) => api<{ items: MicroCredential[] }>('/api/v1/credentials', { signal }),
  });
}

export function useMySubmissions(enabled = true) {
  return useQuery({
    queryKey: [...CREDENTIALS_KEY, 'mine'],
    queryFn: ({ signal }) => api<{ items: SubmissionSummary[] }>('/api/v1/credentials/submissions', { signal }),
    enabled,
  });
}

export function useReviewQueue(enabled = true) {
  return useQuery({
    queryKey: [...CREDENTIALS_KEY, 'reviews'],
    queryFn: ({ signal }) => api<{ items: SubmissionSummary[] }>('/api/v1/credentials/reviews', { signal }),
    enabled,
  });
}

export function useSubmission(id: string) {
  return useQuery({
    queryKey: submissionKey(id),
    queryFn: ({ signal }) => api<Submission>(submissionPath(id), { signal }),
  });
}

/** Every write answers the submission: it replaces the cached one, and the lists refresh. */
function useSubmissionWrite<Body>(send: (body: Body) => Promise<Submission>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (submission) => {
      queryClient.setQueryData(submissionKey(submission.id), submission);
      void queryClient.invalidateQueries({ queryKey: [...CREDENTIALS_KEY, 'mine'] });
      void queryClient.invalidateQueries({ queryKey: [...CREDENTIALS_KEY, 'reviews'] });
    },
  });
}

export const useStartSubmission = () =>
  useSubmissionWrite((microCredentialId: string) =>
    api<Submission>(`/api/v1/credentials/${encodeURIComponent(microCredentialId)}/submissions`, { method: 'POST' }),
  );

export const useSaveDraft = (id: string) =>
  useSubmissionWrite((body: DraftBody) => api<Submission>(`${submissionPath(id)}/draft`, { method: 'PUT', body }));

export const useSubmit = (id: string) =>
  useSubmissionWrite(() => api<Submission>(`${submissionPath(id)}/submit`, { method: 'POST' }));

export const useReview = (id: string) =>
  useSubmissionWrite((body: z.input<typeof ReviewBody>) =>
    api<Submission>(`${submissionPath(id)}/review`, { method: 'POST', body }),
  );

/** Public: no sign-in needed; the server runs the verifier and says what it found. */
export function usePublicCredential(id: string) {
  return useQuery({
    queryKey: [...CREDENTIALS_KEY, 'public', id],
    queryFn: ({ signal }) => api<PublicCredential>(`/api/v1/public/credentials/${encodeURIComponent(id)}`, { signal }),
  });
}

export const downloadUrl = (id: string, format: 'ld' | 'json') =>
  `/api/v1/public/credentials/${encodeURIComponent(id)}/download${format === 'json' ? '?format=json' : ''}`;

/** Authors: the micro-credential as written, both languages, for its editor. */
export function useCredentialSource(id: string) {
  return useQuery({
    queryKey: [...CREDENTIALS_KEY, 'source', id],
    queryFn: ({ signal }) =>
      api<MicroCredentialSource>(`/api/v1/credentials/${encodeURIComponent(id)}/source`, { signal }),
  });
}

/** Creating or editing refreshes everything credential-shaped (catalogue, editor source). */
function useAuthoringWrite<Input>(send: (input: Input) => Promise<MicroCredential>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: CREDENTIALS_KEY }),
  });
}

export const useCreateCredential = () =>
  useAuthoringWrite((body: z.input<typeof MicroCredentialBody>) =>
    api<MicroCredential>('/api/v1/credentials', { method: 'POST', body }),
  );

export const useUpdateCredential = (id: string) =>
  useAuthoringWrite((body: MicroCredentialPatch) =>
    api<MicroCredential>(`/api/v1/credentials/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
  );

export function useIssued(enabled = true) {
  return useQuery({
    queryKey: [...CREDENTIALS_KEY, 'issued'],
    queryFn: ({ signal }) => api<{ items: IssuedSummary[] }>('/api/v1/credentials/issued', { signal }),
    enabled,
  });
}

export function useRevoke() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api<IssuedSummary>(`/api/v1/credentials/issued/${encodeURIComponent(id)}/revoke`, {
        method: 'POST',
        body: { reason },
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: CREDENTIALS_KEY }),
  });
}
