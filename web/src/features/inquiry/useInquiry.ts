import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CloseInquiryBody,
  Inquiry,
  InquiryLink,
  InquiryLinkBody,
  InquirySummary,
  StartInquiryBody,
  UpdateInquiryBody,
} from '#core/contracts/inquiry';
import { api } from '../../lib/api';
import { type Page, useCursorList } from '../../lib/useCursorList';

export const INQUIRY_KEY = ['inquiries'] as const;
const detailKey = (id: string) => [...INQUIRY_KEY, 'detail', id] as const;
const path = (id: string) => `/api/v1/inquiries/${encodeURIComponent(id)}`;

export type UpdateInquiryInput = z.input<typeof UpdateInquiryBody>;

export function useInquiryList(status?: 'open' | 'closed') {
  return useCursorList<InquirySummary>(
    [...INQUIRY_KEY, 'list', status ?? 'all'],
    '/api/v1/inquiries',
    { status },
    { limit: 50 },
  );
}

export function useInquiry(id: string) {
  return useQuery({ queryKey: detailKey(id), queryFn: ({ signal }) => api<Inquiry>(path(id), { signal }) });
}

export function useStartInquiry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof StartInquiryBody>) => api<Inquiry>('/api/v1/inquiries', { method: 'POST', body }),
    onSuccess: (inquiry) => {
      queryClient.setQueryData(detailKey(inquiry.id), inquiry);
      void queryClient.invalidateQueries({ queryKey: [...INQUIRY_KEY, 'list'] });
    },
  });
}

/**
 * Every write answers the inquiry (or a link). When it is the inquiry, it becomes the detail as is
 * (no second fetch); a link write refetches the detail. The lists are refreshed either way.
 */
function useInquiryWrite<Body, Result>(id: string, send: (body: Body) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: [...INQUIRY_KEY, 'list'] });
      if (result && typeof result === 'object' && 'question' in result) queryClient.setQueryData(detailKey(id), result);
      else void queryClient.invalidateQueries({ queryKey: detailKey(id) });
    },
  });
}

export const useUpdateInquiry = (id: string) =>
  useInquiryWrite(id, (body: UpdateInquiryInput) => api<Inquiry>(path(id), { method: 'PATCH', body }));

export const useCloseInquiry = (id: string) =>
  useInquiryWrite(id, (body: z.input<typeof CloseInquiryBody>) =>
    api<Inquiry>(`${path(id)}/close`, { method: 'POST', body }),
  );

export const useAddInquiryLink = (id: string) =>
  useInquiryWrite(id, (body: z.input<typeof InquiryLinkBody>) =>
    api<InquiryLink>(`${path(id)}/links`, { method: 'POST', body }),
  );

export const useRemoveInquiryLink = (id: string) =>
  useInquiryWrite(id, (linkId: string) =>
    api<void>(`${path(id)}/links/${encodeURIComponent(linkId)}`, { method: 'DELETE' }),
  );

/** The communities module's list (only what sharing needs of it). */
type CommunityOption = { id: string; name: string; isMember: boolean };

export function useMyCommunities(enabled: boolean) {
  return useQuery({
    queryKey: ['communities', 'list', 'for-sharing'],
    queryFn: ({ signal }) => api<Page<CommunityOption>>('/api/v1/communities?limit=100', { signal }),
    select: (page) => page.items.filter((c) => c.isMember),
    enabled,
  });
}

/** Shares the closed inquiry's summary as a new thread: an explicit choice, one community at a time. */
export function useShareInquiry(inquiry: Pick<Inquiry, 'id' | 'question' | 'summary'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ communityId, body }: { communityId: string; body: string }) =>
      api<{ id: string }>(`/api/v1/communities/${encodeURIComponent(communityId)}/threads`, {
        method: 'POST',
        body: { title: inquiry.question.slice(0, 200), body, artefact: { type: 'inquiry', id: inquiry.id } },
      }).then((thread) => ({ communityId, threadId: thread.id })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['communities'] });
    },
  });
}
