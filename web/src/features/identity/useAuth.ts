import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me } from '#core/contracts/session';
import { api } from '../../lib/api';
import { ME_KEY, rememberMe } from './useMe';

export interface Credentials {
  email: string;
  password: string;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Credentials) => api<{ user: Me }>('/api/v1/auth/login', { method: 'POST', body }),
    onSuccess: ({ user }) => {
      // A different person may sign in on a shared phone: start from a clean cache.
      queryClient.clear();
      rememberMe(user);
      queryClient.setQueryData(ME_KEY, user);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/api/v1/auth/logout', { method: 'POST' }),
    onSettled: () => {
      queryClient.clear();
      rememberMe(null);
      queryClient.setQueryData(ME_KEY, null);
    },
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: { email: string }) => api<void>('/api/v1/auth/password-reset', { method: 'POST', body }),
  });
}

export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (body: { token: string; password: string }) =>
      api<void>('/api/v1/auth/password-reset/confirm', { method: 'POST', body }),
  });
}
