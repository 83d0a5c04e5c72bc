import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AccessToken, CreatedAccessToken, Me } from '#core/contracts/session';
import type { Locale } from '#core/domain/roles';
import { api } from '../../lib/api';
import { ME_KEY } from './useMe';

export type AccessTokenDto = z.infer<typeof AccessToken>;
export type CreatedAccessTokenDto = z.infer<typeof CreatedAccessToken>;

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name?: string; locale?: Locale }) => api<Me>('/api/v1/me', { method: 'PATCH', body }),
    onSuccess: (me) => queryClient.setQueryData(ME_KEY, me),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api<void>('/api/v1/me/password', { method: 'POST', body }),
  });
}

const TOKENS_KEY = ['account', 'tokens'] as const;

export function useAccessTokens() {
  return useQuery({
    queryKey: TOKENS_KEY,
    queryFn: () => api<{ items: AccessTokenDto[]; nextCursor: string | null }>('/api/v1/me/tokens?limit=200'),
  });
}

export function useCreateAccessToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string }) => api<CreatedAccessTokenDto>('/api/v1/me/tokens', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}

export function useRevokeAccessToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/v1/me/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}
