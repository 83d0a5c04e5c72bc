import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ActionItem,
  ActionItemBody,
  CalendarFeed,
  CollaborationMinutes,
  Decision,
  Meeting,
  MeetingNote,
  MeetingSummary,
  Protocol,
  ScheduleMeetingBody,
} from '#core/contracts/meetings';
import type { UpdateTeamBody } from '#core/contracts/organizations';
import { api, withQuery } from '../../lib/api';
import { useCursorList } from '../../lib/useCursorList';
import type { TeamDto as Team } from '../organizations/types';

export const MEETINGS_KEY = ['meetings'] as const;
const meetingKey = (id: string) => [...MEETINGS_KEY, 'detail', id] as const;
const notesKey = (id: string, step: number) => [...MEETINGS_KEY, 'notes', id, step] as const;
const ACTION_ITEMS_KEY = ['action-items'] as const;
const meetingPath = (id: string) => `/api/v1/meetings/${encodeURIComponent(id)}`;
const teamPath = (id: string) => `/api/v1/teams/${encodeURIComponent(id)}`;

/** How often a running meeting and its notes refresh: others' notes appear within about two seconds. */
export const LIVE_POLL_MS = 2000;

export function useProtocols() {
  return useQuery({
    queryKey: ['protocols'],
    queryFn: ({ signal }) => api<{ items: Protocol[] }>('/api/v1/protocols', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useTeamMeetings(teamId: string) {
  return useCursorList<MeetingSummary>(
    [...MEETINGS_KEY, 'team', teamId],
    `${teamPath(teamId)}/meetings`,
    {},
    { limit: 20 },
  );
}

export function useCollaborationMinutes(teamId: string) {
  return useQuery({
    queryKey: [...MEETINGS_KEY, 'minutes', teamId],
    queryFn: ({ signal }) =>
      api<z.infer<typeof CollaborationMinutes>>(`${teamPath(teamId)}/collaboration-minutes`, { signal }),
  });
}

export function useScheduleMeeting(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof ScheduleMeetingBody>) =>
      api<Meeting>(`${teamPath(teamId)}/meetings`, { method: 'POST', body }),
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKey(meeting.id), meeting);
      void queryClient.invalidateQueries({ queryKey: [...MEETINGS_KEY, 'team', teamId] });
    },
  });
}

export function useUpdateTeam(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof UpdateTeamBody>) => api<Team>(teamPath(teamId), { method: 'PATCH', body }),
    onSuccess: (team) => {
      queryClient.setQueryData(['teams', 'detail', teamId], team);
      void queryClient.invalidateQueries({ queryKey: ['teams'] });
    },
  });
}

/** A meeting; while it runs, it is polled so everyone follows the facilitator's step. */
export function useMeeting(id: string) {
  return useQuery({
    queryKey: meetingKey(id),
    queryFn: ({ signal }) => api<Meeting>(meetingPath(id), { signal }),
    refetchInterval: (query) => (query.state.data?.state === 'running' ? LIVE_POLL_MS : false),
  });
}

function useMeetingWrite<Body, Result>(id: string, send: (body: Body) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (result) => {
      // A write that answers the meeting is the detail as is (no second fetch); others refetch it.
      if (result && typeof result === 'object' && 'protocol' in result)
        queryClient.setQueryData(meetingKey(id), result);
      else void queryClient.invalidateQueries({ queryKey: meetingKey(id) });
      void queryClient.invalidateQueries({ queryKey: ACTION_ITEMS_KEY });
    },
  });
}

export type RunAction = { action: 'start' | 'next' | 'previous' | 'end' } | { action: 'goto'; stepIndex: number };
export const useRunMeeting = (id: string) =>
  useMeetingWrite(id, (body: RunAction) => api<Meeting>(`${meetingPath(id)}/run`, { method: 'POST', body }));
export const useAttendance = (id: string) =>
  useMeetingWrite(id, (attendance: { userId: string; present: boolean }[]) =>
    api<Meeting>(`${meetingPath(id)}/attendance`, { method: 'PUT', body: { attendance } }),
  );
export const useAddDecision = (id: string) =>
  useMeetingWrite(id, (body: { stepIndex: number; text: string }) =>
    api<Decision>(`${meetingPath(id)}/decisions`, { method: 'POST', body }),
  );
export const useAddActionItem = (id: string) =>
  useMeetingWrite(id, (body: z.input<typeof ActionItemBody>) =>
    api<ActionItem>(`${meetingPath(id)}/action-items`, { method: 'POST', body }),
  );

/** Everyone's notes on one step, polled while the meeting page is open. */
export function useStepNotes(id: string, step: number, live: boolean) {
  return useQuery({
    queryKey: notesKey(id, step),
    queryFn: ({ signal }) => api<{ items: MeetingNote[] }>(withQuery(`${meetingPath(id)}/notes`, { step }), { signal }),
    refetchInterval: live ? LIVE_POLL_MS : false,
  });
}

export function useSaveNote(id: string) {
  return useMutation({
    mutationFn: (body: { clientId: string; stepIndex: number; text: string }) =>
      api<MeetingNote>(`${meetingPath(id)}/notes`, { method: 'PUT', body }),
  });
}

export function useMyActionItems() {
  return useQuery({
    queryKey: [...ACTION_ITEMS_KEY, 'mine'],
    queryFn: ({ signal }) => api<{ items: ActionItem[] }>('/api/v1/action-items?mine=true', { signal }),
  });
}

export function useCompleteActionItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<ActionItem>(`/api/v1/action-items/${encodeURIComponent(id)}`, { method: 'PATCH', body: { status: 'done' } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ACTION_ITEMS_KEY }),
  });
}

export function useCalendarFeed() {
  return useMutation({
    mutationFn: (teamId: string | undefined) =>
      api<z.infer<typeof CalendarFeed>>('/api/v1/calendar/feeds', { method: 'POST', body: teamId ? { teamId } : {} }),
  });
}
