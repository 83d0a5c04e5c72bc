import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TeamMemberRole } from '#core/domain/roles';
import { api } from '../../lib/api';
import { useCursorList } from '../../lib/useCursorList';
import type { TeamDto } from './types';

const TEAMS_KEY = ['teams'] as const;
const teamKey = (id: string) => ['teams', 'detail', id] as const;
const teamPath = (id: string) => `/api/v1/teams/${encodeURIComponent(id)}`;

export function useTeams(enabled = true) {
  return useCursorList<TeamDto>([...TEAMS_KEY, 'list'], '/api/v1/teams', {}, { limit: 200, enabled });
}

export function useTeam(id: string) {
  return useQuery({ queryKey: teamKey(id), queryFn: () => api<TeamDto>(teamPath(id)) });
}

export function useCreateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; schoolId: string | null }) =>
      api<TeamDto>('/api/v1/teams', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TEAMS_KEY }),
  });
}

export function useTeamMembers(id: string) {
  const queryClient = useQueryClient();
  // Not awaited: the caller's own onSuccess (closing a dialog) should not wait for list refetches.
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: TEAMS_KEY });
  };
  return {
    add: useMutation({
      mutationFn: (body: { userId: string; role: TeamMemberRole }) =>
        api<TeamDto>(`${teamPath(id)}/members`, { method: 'POST', body }),
      onSuccess: (team) => {
        queryClient.setQueryData(teamKey(id), team);
        refresh();
      },
    }),
    remove: useMutation({
      mutationFn: (userId: string) =>
        api<void>(`${teamPath(id)}/members/${encodeURIComponent(userId)}`, { method: 'DELETE' }),
      onSuccess: refresh,
    }),
  };
}
