import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import i18n from 'i18next';
import type { z } from 'zod';
import type { Problem } from '#core/contracts/common';
import type { LessonPlan } from '#core/contracts/planning';
import type {
  Comment,
  CommentTarget,
  CreateCommentBody,
  CreateUnitBody,
  StudentWorkDetail,
  StudentWorkSample,
  Unit,
  UpdateUnitBody,
} from '#core/contracts/units';
import { ApiError, api, withQuery } from '../../lib/api';
import { type Page, useCursorList } from '../../lib/useCursorList';

export const UNITS_KEY = ['units'] as const;
export const STUDENT_WORK_KEY = ['student-work'] as const;
const COMMENTS_KEY = ['comments'] as const;
const unitPath = (id: string) => `/api/v1/units/${encodeURIComponent(id)}`;
const samplePath = (id: string) => `/api/v1/student-work/${encodeURIComponent(id)}`;
/** Where the browser loads a sample's file from (same origin, the session cookie does the rest). */
export const sampleFileUrl = (id: string) => `${samplePath(id)}/file`;

export type UnitInput = z.input<typeof CreateUnitBody>;
export type UnitUpdate = z.input<typeof UpdateUnitBody>;

export function useUnitList(teamId?: string) {
  return useCursorList<Unit>([...UNITS_KEY, 'list'], '/api/v1/units', { teamId }, { limit: 100 });
}

export function useUnit(id: string) {
  return useQuery({
    queryKey: [...UNITS_KEY, 'detail', id],
    queryFn: ({ signal }) => api<Unit>(unitPath(id), { signal }),
  });
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UnitInput) => api<Unit>('/api/v1/units', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...UNITS_KEY, 'list'] }),
  });
}

export function useSaveUnit(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UnitUpdate) => api<Unit>(unitPath(id), { method: 'PUT', body }),
    onSuccess: (unit) => {
      queryClient.setQueryData([...UNITS_KEY, 'detail', id], unit);
      void queryClient.invalidateQueries({ queryKey: [...UNITS_KEY, 'list'] });
    },
  });
}

export function usePlanFromUnit(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { sequenceIndex?: number }) =>
      api<{ unit: Unit; planId: string }>(`${unitPath(id)}/plans`, { method: 'POST', body }),
    onSuccess: (result) => queryClient.setQueryData([...UNITS_KEY, 'detail', id], result.unit),
  });
}

/** A teammate's shared plan, copied on the server into a private plan of the reader's. */
export function useCopyPlan() {
  return useMutation({
    mutationFn: (planId: string) =>
      api<LessonPlan>(`/api/v1/lesson-plans/${encodeURIComponent(planId)}/copies`, { method: 'POST' }),
  });
}

// ── comments ──

export function useComments(targetType: CommentTarget, targetId: string) {
  return useQuery({
    queryKey: [...COMMENTS_KEY, targetType, targetId],
    queryFn: ({ signal }) => api<Page<Comment>>(withQuery('/api/v1/comments', { targetType, targetId }), { signal }),
  });
}

export function useMentionable(targetType: CommentTarget, targetId: string) {
  return useQuery({
    queryKey: [...COMMENTS_KEY, 'mentionable', targetType, targetId],
    queryFn: ({ signal }) =>
      api<Page<{ id: string; name: string }>>(withQuery('/api/v1/comments/mentionable', { targetType, targetId }), {
        signal,
      }),
  });
}

export function useAddComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateCommentBody>) => api<Comment>('/api/v1/comments', { method: 'POST', body }),
    onSuccess: (comment) =>
      queryClient.invalidateQueries({ queryKey: [...COMMENTS_KEY, comment.targetType, comment.targetId] }),
  });
}

// ── student work ──

export function useStudentWork(filter: { teamId?: string; unitId?: string }, enabled = true) {
  return useCursorList<StudentWorkSample>([...STUDENT_WORK_KEY, 'list'], '/api/v1/student-work', filter, {
    limit: 60,
    enabled,
  });
}

export function useSample(id: string) {
  return useQuery({
    queryKey: [...STUDENT_WORK_KEY, 'detail', id],
    queryFn: ({ signal }) => api<StudentWorkDetail>(samplePath(id), { signal }),
  });
}

export function useScoreSample(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { meetingId?: string | null; scores: { criterion: string; level: number; note?: string }[] }) =>
      api<StudentWorkDetail>(`${samplePath(id)}/scores`, { method: 'POST', body }),
    onSuccess: (detail) => queryClient.setQueryData([...STUDENT_WORK_KEY, 'detail', id], detail),
  });
}

export function useDeleteSample() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(samplePath(id), { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: STUDENT_WORK_KEY }),
  });
}

export type UploadInput = {
  teamId: string;
  title: string;
  successCriteria: string[];
  unitId?: string | undefined;
  meetingId?: string | undefined;
  file: File;
};

/**
 * Uploads with XMLHttpRequest, the one browser API that reports upload progress. The API accepts
 * a cookie-authenticated upload when it carries `X-Requested-With: conecta` (its CSRF rule).
 */
export function uploadSample(input: UploadInput, onProgress: (fraction: number) => void): Promise<StudentWorkSample> {
  const form = new FormData();
  form.append('title', input.title);
  form.append('successCriteria', input.successCriteria.join('\n'));
  if (input.unitId) form.append('unitId', input.unitId);
  if (input.meetingId) form.append('meetingId', input.meetingId);
  form.append('namesRemoved', 'true');
  form.append('file', input.file, input.file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/v1/teams/${encodeURIComponent(input.teamId)}/student-work`);
    request.withCredentials = true;
    request.setRequestHeader('X-Requested-With', 'conecta');
    request.setRequestHeader('Accept', 'application/json, application/problem+json');
    request.setRequestHeader('Accept-Language', i18n.language || 'en');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new ApiError(0, null));
    request.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = null;
      }
      if (request.status === 201) resolve(body as StudentWorkSample);
      else reject(new ApiError(request.status, (body as Problem | null) ?? null));
    };
    request.send(form);
  });
}

export function useUploadSample() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, onProgress }: { input: UploadInput; onProgress: (fraction: number) => void }) =>
      uploadSample(input, onProgress),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: STUDENT_WORK_KEY }),
  });
}
