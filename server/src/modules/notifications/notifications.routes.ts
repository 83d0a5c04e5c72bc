import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '#core/contracts/common';
import {
  Notification,
  NotificationListQuery,
  NotificationPage,
  NotificationPreferences,
  NotificationPreferencesBody,
  UnreadCount,
} from '#core/contracts/notifications';
import { actorOf } from '../../platform/http/auth.plugin';
import type { NotificationsService } from './notifications.service';

const tags = ['notifications'];

/** Everyone's own notifications and email preferences; nobody reads anyone else's. */
export const notificationsRoutes: FastifyPluginAsyncZod<{ notifications: NotificationsService }> = async (
  app,
  { notifications },
) => {
  app.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: "The caller's notifications, newest first, with the unread count",
        querystring: NotificationListQuery,
        response: { 200: NotificationPage },
      },
    },
    async (request) => notifications.list(actorOf(request), request.query),
  );
  app.post(
    '/notifications/:id/read',
    {
      schema: { tags, summary: 'Mark one of my notifications read', params: IdParams, response: { 200: Notification } },
    },
    async (request) => notifications.markRead(actorOf(request), request.params.id),
  );
  app.post(
    '/notifications/read-all',
    { schema: { tags, summary: 'Mark all my notifications read', response: { 200: UnreadCount } } },
    async (request) => notifications.markAllRead(actorOf(request)),
  );
  app.get(
    '/me/notification-preferences',
    {
      schema: {
        tags,
        summary: 'How I get notification email: immediate, daily-digest or off',
        response: { 200: NotificationPreferences },
      },
    },
    async (request) => notifications.preferences(actorOf(request)),
  );
  app.put(
    '/me/notification-preferences',
    {
      schema: {
        tags,
        summary: 'Choose how I get notification email',
        body: NotificationPreferencesBody,
        response: { 200: NotificationPreferences },
      },
    },
    async (request) => notifications.savePreferences(actorOf(request), request.body),
  );
};
