import type { NotificationKind } from '#core/contracts/notifications';
import { utcDay } from '#core/domain/calendar';
import type { Db } from '../../db/client';
import { notificationMail } from './notifications.mail';
import { notificationsRepo as repo } from './notifications.repo';
import { outboxRepo } from './outbox.repo';

/**
 * The daily digest: for each person who chose it, one email listing the unread notifications no
 * email mentioned yet. Per person, one transaction claims (person, day) first, so a digest pass
 * that runs again — after a crash, or on a second instance — sends nobody a second digest that day.
 */
export function createDigest(db: Db, publicUrl: string) {
  return async function sendDigests(now: Date): Promise<string[]> {
    const day = utcDay(now);
    const mailIds: string[] = [];
    for (const person of await repo.digestRecipients(db)) {
      const mailId = await db.transaction(async (tx) => {
        const items = await repo.undigested(tx, person.organizationId, person.userId);
        if (items.length === 0) return null;
        if (!(await repo.claimDigest(tx, person.organizationId, person.userId, day))) return null;
        const mail = notificationMail.digest(person.locale, {
          name: person.name,
          items: items.map((n) => ({
            kind: n.kind as NotificationKind,
            params: n.params,
            link: n.link ? `${publicUrl}${n.link}` : null,
          })),
          listUrl: `${publicUrl}/notifications`,
          settingsUrl: `${publicUrl}/settings`,
        });
        const id = await outboxRepo.enqueue(tx, { organizationId: person.organizationId, to: person.email, ...mail });
        await repo.recordDigest(
          tx,
          person.organizationId,
          person.userId,
          day,
          id,
          items.map((n) => n.id),
          now,
        );
        return id;
      });
      if (mailId) mailIds.push(mailId);
    }
    return mailIds;
  };
}
