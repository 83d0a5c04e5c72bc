import type { Tx } from '../../db/client';
import type { WalkClosedNotifier } from './walks.service';

/** The shape of the notifications module's `notify`, with the notification kind left open. */
type NotifyLike<K extends string> = (
  tx: Tx,
  input: {
    organizationId: string;
    userId: string;
    kind: K;
    params: Record<string, string | number | null>;
    link: string | null;
    dedupeKey: string;
  },
) => Promise<unknown>;

/**
 * Each teacher of the school is told, in the app (and by email as they prefer), that a learning
 * walk there was closed, with a link to what was seen across the school. The dedupe key names the
 * walk and the person, so a retried close never tells anyone twice. One at a time: the
 * transaction has one connection.
 */
export function walkClosedNotifier<K extends string>(notify: NotifyLike<K>, kind: K): WalkClosedNotifier {
  return async (tx, notice) => {
    for (const userId of notice.recipientIds) {
      await notify(tx, {
        organizationId: notice.organizationId,
        userId,
        kind,
        params: { date: notice.date },
        link: '/walks',
        dedupeKey: `walk.closed:${notice.walkId}:${userId}`,
      });
    }
  };
}
