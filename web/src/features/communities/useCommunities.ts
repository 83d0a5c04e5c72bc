import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Community,
  CommunityMember,
  CommunitySummary,
  CreateCommunityBody,
  CreateThreadBody,
  Post,
  PostCodes,
  ReactionKind,
  Reactions,
  SaveCodesBody,
  Thread,
  ThreadCoi,
  ThreadSummary,
} from '#core/contracts/communities';
import { api } from '../../lib/api';
import { useCursorList } from '../../lib/useCursorList';

export const COMMUNITIES_KEY = ['communities'] as const;
const THREADS_KEY = ['community-threads'] as const;
const enc = encodeURIComponent;

export function useCommunityList() {
  return useCursorList<CommunitySummary>([...COMMUNITIES_KEY, 'list'], '/api/v1/communities');
}

export function useCommunity(id: string) {
  return useQuery({
    queryKey: [...COMMUNITIES_KEY, 'detail', id],
    queryFn: ({ signal }) => api<Community>(`/api/v1/communities/${enc(id)}`, { signal }),
  });
}

export function useCommunityMembers(id: string, enabled: boolean) {
  return useCursorList<z.infer<typeof CommunityMember>>(
    [...COMMUNITIES_KEY, 'members', id],
    `/api/v1/communities/${enc(id)}/members`,
    {},
    { enabled },
  );
}

export function useThreads(communityId: string, enabled: boolean) {
  return useCursorList<ThreadSummary>(
    [...THREADS_KEY, 'list', communityId],
    `/api/v1/communities/${enc(communityId)}/threads`,
    {},
    { enabled },
  );
}

export function useThread(id: string) {
  return useQuery({
    queryKey: [...THREADS_KEY, 'detail', id],
    queryFn: ({ signal }) => api<Thread>(`/api/v1/threads/${enc(id)}`, { signal }),
  });
}

export function usePosts(threadId: string, enabled: boolean) {
  return useCursorList<Post>(
    [...THREADS_KEY, 'posts', threadId],
    `/api/v1/threads/${enc(threadId)}/posts`,
    {},
    {
      enabled,
      limit: 100,
    },
  );
}

export function useThreadCoi(threadId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...THREADS_KEY, 'coi', threadId],
    queryFn: ({ signal }) => api<ThreadCoi>(`/api/v1/threads/${enc(threadId)}/coi`, { signal }),
    enabled,
  });
}

/** Every community mutation refreshes the communities and threads it may have changed. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: COMMUNITIES_KEY });
    void queryClient.invalidateQueries({ queryKey: THREADS_KEY });
  };
}

export function useCreateCommunity() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateCommunityBody>) =>
      api<Community>('/api/v1/communities', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useOptIn() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (joinCode: string) =>
      api<Community>('/api/v1/communities/opt-ins', { method: 'POST', body: { joinCode } }),
    onSuccess: invalidate,
  });
}

/** A district admin takes the district out of another district's community (adr/0010). */
export function useOptOut(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: () => api(`/api/v1/communities/${enc(id)}/opt-in`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

export function useMembership(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (join: boolean) =>
      api(`/api/v1/communities/${enc(id)}/membership`, { method: join ? 'POST' : 'DELETE' }),
    onSuccess: invalidate,
  });
}

export function useCreateThread(communityId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateThreadBody>) =>
      api<Thread>(`/api/v1/communities/${enc(communityId)}/threads`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useReply(threadId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { body: string; parentId?: string }) =>
      api<Post>(`/api/v1/threads/${enc(threadId)}/posts`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

/** Follow, lock: on/off switches on the thread. */
export function useThreadSwitch(threadId: string, what: 'follow' | 'lock') {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (on: boolean) => api(`/api/v1/threads/${enc(threadId)}/${on ? what : `un${what}`}`, { method: 'POST' }),
    onSuccess: invalidate,
  });
}

export function usePostActions() {
  const invalidate = useInvalidate();
  const react = useMutation({
    mutationFn: ({ postId, kind, on }: { postId: string; kind: ReactionKind; on: boolean }) =>
      api<z.infer<typeof Reactions>>(`/api/v1/posts/${enc(postId)}/reactions/${kind}`, {
        method: on ? 'PUT' : 'DELETE',
      }),
    onSuccess: invalidate,
  });
  const report = useMutation({
    mutationFn: ({ postId, reason }: { postId: string; reason: string }) =>
      api(`/api/v1/posts/${enc(postId)}/reports`, { method: 'POST', body: { reason } }),
    onSuccess: invalidate,
  });
  const hide = useMutation({
    mutationFn: ({ postId, hidden }: { postId: string; hidden: boolean }) =>
      api<Post>(`/api/v1/posts/${enc(postId)}/${hidden ? 'hide' : 'unhide'}`, { method: 'POST' }),
    onSuccess: invalidate,
  });
  const edit = useMutation({
    mutationFn: ({ postId, body }: { postId: string; body: string }) =>
      api<Post>(`/api/v1/posts/${enc(postId)}`, { method: 'PATCH', body: { body } }),
    onSuccess: invalidate,
  });
  return { react, report, hide, edit };
}

export function useSaveCodes() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ postId, body }: { postId: string; body: z.input<typeof SaveCodesBody> }) =>
      api<z.infer<typeof PostCodes>>(`/api/v1/posts/${enc(postId)}/codes`, { method: 'PUT', body }),
    onSuccess: invalidate,
  });
}
