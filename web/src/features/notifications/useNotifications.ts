import { type InfiniteData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Notification, NotificationPage, NotificationPreferences } from '#core/contracts/notifications';
import { api, withQuery } from '../../lib/api';

export const NOTIFICATIONS_KEY = ['notifications'] as const;
const PREFERENCES_KEY = ['notification-preferences'] as const;

/** How often the header asks for the unread count while the app is open. */
const UNREAD_POLL_MS = 60_000;

/** The unread count for the header: one tiny request a minute, and after every change here. */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'unread'],
    queryFn: ({ signal }) => api<NotificationPage>(withQuery('/api/v1/notifications', { limit: 1 }), { signal }),
    select: (page) => page.unreadCount,
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: true,
  });
}

/** My notifications, newest first, page by page; `unreadCount` comes with the first page. */
export function useNotificationList(limit = 25) {
  const query = useInfiniteQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'list', limit],
    queryFn: ({ pageParam, signal }) =>
      api<NotificationPage>(withQuery('/api/v1/notifications', { limit, cursor: pageParam }), { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const unreadCount = query.data?.pages[0]?.unreadCount ?? 0;
  return { items, unreadCount, query };
}

function markedRead(data: InfiniteData<NotificationPage>, read: Notification): InfiniteData<NotificationPage> {
  const wasUnread = data.pages.some((page) => page.items.some((n) => n.id === read.id && n.readAt === null));
  return {
    ...data,
    pages: data.pages.map((page, i) => ({
      ...page,
      items: page.items.map((n) => (n.id === read.id ? read : n)),
      unreadCount: i === 0 && wasUnread ? Math.max(0, page.unreadCount - 1) : page.unreadCount,
    })),
  };
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<Notification>(`/api/v1/notifications/${id}/read`, { method: 'POST' }),
    onSuccess: (read) => {
      // The list kept in memory shows it read at once; coming back to it never flashes it as new.
      client.setQueriesData<InfiniteData<NotificationPage>>({ queryKey: [...NOTIFICATIONS_KEY, 'list'] }, (data) =>
        data ? markedRead(data, read) : data,
      );
      return client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
    },
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ unreadCount: number }>('/api/v1/notifications/read-all', { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function useNotificationPreferences() {
  return useQuery({
    queryKey: PREFERENCES_KEY,
    queryFn: ({ signal }) => api<NotificationPreferences>('/api/v1/me/notification-preferences', { signal }),
  });
}

export function useSaveNotificationPreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationPreferences) =>
      api<NotificationPreferences>('/api/v1/me/notification-preferences', { method: 'PUT', body }),
    onSuccess: (saved) => client.setQueryData(PREFERENCES_KEY, saved),
  });
}
