import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role, UserStatus } from '#core/domain/roles';
import { api } from '../../lib/api';
import { useCursorList } from '../../lib/useCursorList';
import type { MembershipDto, UserDto } from './types';

export interface UserFilters {
  q?: string;
  role?: Role | '';
  schoolId?: string;
  status?: UserStatus | '';
}

const USERS_KEY = ['users'] as const;
const userKey = (id: string) => ['users', 'detail', id] as const;
const userPath = (id: string) => `/api/v1/users/${encodeURIComponent(id)}`;

export function useUsers(filters: UserFilters = {}, options: { limit?: number; enabled?: boolean } = {}) {
  return useCursorList<UserDto>([...USERS_KEY, 'list'], '/api/v1/users', { ...filters }, options);
}

export function useUser(id: string) {
  return useQuery({ queryKey: userKey(id), queryFn: () => api<UserDto>(userPath(id)) });
}

export interface RoleAssignmentInput {
  role: Role;
  schoolId: string | null;
}

export interface InviteInput {
  email: string;
  name: string;
  locale?: 'en' | 'es';
  roles: RoleAssignmentInput[];
}

export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InviteInput) => api<UserDto>('/api/v1/users/invitations', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

/** Mutations on one person: each refreshes that person and every list they appear in. */
export function useUserActions(id: string) {
  const queryClient = useQueryClient();
  // Not awaited: the caller's own onSuccess (closing a dialog) should not wait for list refetches.
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: USERS_KEY });
  };
  const setUser = (user: UserDto) => {
    queryClient.setQueryData(userKey(id), user);
    refresh();
  };

  return {
    resendInvitation: useMutation({
      mutationFn: () => api<void>(`${userPath(id)}/invitations`, { method: 'POST' }),
    }),
    addRole: useMutation({
      mutationFn: (body: RoleAssignmentInput) => api<MembershipDto>(`${userPath(id)}/roles`, { method: 'POST', body }),
      onSuccess: refresh,
    }),
    removeRole: useMutation({
      mutationFn: (membershipId: string) =>
        api<void>(`${userPath(id)}/roles/${encodeURIComponent(membershipId)}`, { method: 'DELETE' }),
      onSuccess: refresh,
    }),
    deactivate: useMutation({
      mutationFn: () => api<UserDto>(`${userPath(id)}/deactivate`, { method: 'POST' }),
      onSuccess: setUser,
    }),
    reactivate: useMutation({
      mutationFn: () => api<UserDto>(`${userPath(id)}/reactivate`, { method: 'POST' }),
      onSuccess: setUser,
    }),
  };
}
