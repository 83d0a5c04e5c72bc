import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ListQuery, listOf } from '#core/contracts/common';
import { AuditEvent, OutboxMessage } from '#core/contracts/organizations';
import { actorOf } from '../../platform/http/auth.plugin';
import type { NotificationsService } from '../notifications';
import type { createAuditService } from './audit.service';

type Options = { audit: ReturnType<typeof createAuditService>; notifications: NotificationsService };

/** What district admins read to see who did what, and the mail the server kept for them. */
export const auditRoutes: FastifyPluginAsyncZod<Options> = async (app, { audit, notifications }) => {
  app.get(
    '/audit-events',
    {
      schema: {
        tags: ['audit'],
        summary: 'Sign-ins and admin actions, newest first',
        querystring: ListQuery,
        response: { 200: listOf(AuditEvent) },
      },
    },
    async (request) => audit.list(actorOf(request), request.query),
  );
  app.get(
    '/outbox',
    {
      schema: {
        tags: ['audit'],
        summary: 'Outgoing mail, newest first',
        querystring: ListQuery,
        response: { 200: listOf(OutboxMessage) },
      },
    },
    async (request) => notifications.listOutbox(actorOf(request), request.query),
  );
};
