import type { NotificationKind, NotificationParams } from '#core/contracts/notifications';
import type { Executor } from '../../db/client';
import { notificationMail } from './notifications.mail';
import { notificationsRepo as repo } from './notifications.repo';
import { outboxRepo } from './outbox.repo';

export type NotifyInput = {
  organizationId: string;
  userId: string;
  kind: NotificationKind;
  params: NotificationParams;
  /** A path in the web app, starting with `/`. */
  link: string | null;
  /**
   * Names the cause, unique in the tenant: a second notify with the same key does nothing. Say
   * what makes the event new, e.g. `observation.follow-up-due:<id>:<due date>`.
   */
  dedupeKey: string;
};
export type NotifyResult = { notificationId: string | null; mailId: string | null };
/** Stores a notification inside the caller's transaction and, when the person wants it at once, queues its email. */
export type Notify = (tx: Executor, input: NotifyInput) => Promise<NotifyResult>;

export function createNotify(publicUrl: string, now: () => Date = () => new Date()): Notify {
  return async (tx, input) => {
    const none = { notificationId: null, mailId: null };
    const recipient = await repo.recipient(tx, input.organizationId, input.userId);
    // A deactivated person is told nothing: they can no longer open what it would point to.
    if (!recipient || recipient.status === 'deactivated') return none;
    const row = await repo.insert(tx, input);
    if (!row) return none;
    const wantsMail = (recipient.preference ?? 'immediate') === 'immediate' && recipient.status === 'active';
    if (!wantsMail) return { notificationId: row.id, mailId: null };
    const mail = notificationMail.single(recipient.locale, {
      name: recipient.name,
      kind: input.kind,
      params: input.params,
      link: input.link ? `${publicUrl}${input.link}` : null,
      settingsUrl: `${publicUrl}/settings`,
    });
    const mailId = await outboxRepo.enqueue(tx, { organizationId: input.organizationId, to: recipient.email, ...mail });
    await repo.markEmailed(tx, input.organizationId, row.id, now());
    return { notificationId: row.id, mailId };
  };
}
