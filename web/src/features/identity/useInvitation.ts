import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { InvitationPreview, Me } from '#core/contracts/session';
import { api } from '../../lib/api';
import { ME_KEY } from './useMe';

export type Invitation = z.infer<typeof InvitationPreview>;

export function useInvitation(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api<Invitation>(`/api/v1/auth/invitations/${encodeURIComponent(token)}`),
    enabled: token.length > 0,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { token: string; password: string; name?: string }) =>
      api<{ user: Me }>('/api/v1/auth/invitations/accept', { method: 'POST', body }),
    onSuccess: ({ user }) => {
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, user);
    },
  });
}
