import type { ListQuery } from '#core/contracts/common';
import type { Db, Executor } from '../../db/client';
import { type Actor, hasRole } from '../../platform/actor';
import { authorize } from '../../platform/authz';
import type { MailTransport } from '../../platform/mail';
import { decodeCursor, toPage } from '../../platform/pagination';
import { outboxRepo } from './notifications.repo';

export type OutgoingMail = { organizationId: string; to: string; subject: string; text: string };

export function createNotificationsService(
  db: Db,
  transport: MailTransport | null,
  log: { warn: (o: object, m: string) => void },
) {
  return {
    /** Call inside the transaction that causes the mail: if the change rolls back, no mail is left behind. */
    queue: (tx: Executor, mail: OutgoingMail) => outboxRepo.enqueue(tx, mail),

    /** Call after commit. Failures are recorded on the message and never fail the user's request. */
    async deliver(ids: string[]) {
      if (!transport) return;
      for (const message of await outboxRepo.pending(db, ids)) {
        try {
          await transport.send({ to: message.to, subject: message.subject, text: message.text });
          await outboxRepo.markSent(db, message.id);
        } catch (error) {
          log.warn({ err: error, mailId: message.id }, 'mail delivery failed');
          await outboxRepo.markFailed(db, message.id, String((error as Error).message ?? error).slice(0, 500));
        }
      }
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
