import type { z } from 'zod';
import type { ListQuery } from '#core/contracts/common';
import type { NotificationListQuery, NotificationPreferences } from '#core/contracts/notifications';
import type { Db, Executor } from '../../db/client';
import { type Actor, hasRole } from '../../platform/actor';
import { authorize, found } from '../../platform/authz';
import type { MailTransport } from '../../platform/mail';
import { decodeCursor, toPage } from '../../platform/pagination';
import { createDelivery } from './delivery';
import { createDigest } from './digest';
import { presentNotification } from './notifications.presenter';
import { notificationsRepo } from './notifications.repo';
import { createNotify } from './notify';
import { outboxRepo } from './outbox.repo';

export type OutgoingMail = { organizationId: string; to: string; subject: string; text: string };

type Options = {
  /** Links in emails are this origin plus the app path. */
  publicUrl: string;
  now?: () => Date;
};

export function createNotificationsService(
  db: Db,
  transport: MailTransport | null,
  log: { warn: (o: object, m: string) => void },
  { publicUrl, now = () => new Date() }: Options,
) {
  const delivery = createDelivery(db, transport, log);
  const notify = createNotify(publicUrl, now);

  return {
    /** Call inside the transaction that causes the mail: if the change rolls back, no mail is left behind. */
    queue: (tx: Executor, mail: OutgoingMail) => outboxRepo.enqueue(tx, mail),

    /** Call after commit. Failures are recorded on the message (the worker tries again) and never fail the user's request. */
    deliver: (ids: string[], at: Date = now()) => delivery.deliver(ids, at),

    /** The worker's retry pass over unsent mail. */
    deliverPending: delivery.deliverPending,

    /**
     * Tells someone something, in the caller's transaction (so it exists exactly when the change
     * does). The same dedupe key twice is a no-op; the email, if they want one at once, goes out
     * with the worker's next outbox pass, or at once if the caller delivers the returned mail id.
     */
    notify,

    /** The daily digest pass; answers the queued mail ids. */
    sendDigests: createDigest(db, publicUrl),

    async list(actor: Actor, query: z.infer<typeof NotificationListQuery>) {
      const after = decodeCursor(query.cursor, ['timestamp', 'id']) as [string, string] | null;
      const rows = await notificationsRepo.listNewestFirst(
        db,
        actor.organizationId,
        actor.userId,
        query.unread === true,
        query.limit,
        after,
      );
      const page = toPage(rows, query.limit, (r) => [r.createdAt.toISOString(), r.id], presentNotification);
      return { ...page, unreadCount: await notificationsRepo.unreadCount(db, actor.organizationId, actor.userId) };
    },

    /** Someone else's notification is not found, like one that does not exist. */
    async markRead(actor: Actor, id: string) {
      const row = found(await notificationsRepo.markRead(db, actor.organizationId, actor.userId, id, now()));
      return presentNotification(row);
    },

    async markAllRead(actor: Actor) {
      await notificationsRepo.markAllRead(db, actor.organizationId, actor.userId, now());
      return { unreadCount: await notificationsRepo.unreadCount(db, actor.organizationId, actor.userId) };
    },

    async preferences(actor: Actor): Promise<NotificationPreferences> {
      const row = await notificationsRepo.preferences(db, actor.organizationId, actor.userId);
      return { email: row?.email ?? 'immediate' };
    },

    async savePreferences(actor: Actor, body: NotificationPreferences): Promise<NotificationPreferences> {
      const row = await notificationsRepo.savePreferences(db, {
        organizationId: actor.organizationId,
        userId: actor.userId,
        email: body.email,
      });
      return { email: row.email };
    },

    async listOutbox(actor: Actor, query: ListQuery) {
      authorize(hasRole(actor, 'district_admin'));
      const after = decodeCursor(query.cursor, ['timestamp', 'id']) as [string, string] | null;
      const rows = await outboxRepo.listNewestFirst(db, actor.organizationId, query.limit, after);
      return toPage(
        rows,
        query.limit,
        (r) => [r.createdAt.toISOString(), r.id],
        (r) => ({
          id: r.id,
          to: r.to,
          subject: r.subject,
          text: r.text,
          createdAt: r.createdAt.toISOString(),
          sentAt: r.sentAt?.toISOString() ?? null,
          error: r.error,
        }),
      );
    },
  };
}
export type NotificationsService = ReturnType<typeof createNotificationsService>;
