import type { Db } from '../../db/client';
import type { MailTransport } from '../../platform/mail';
import { outboxRepo } from './outbox.repo';

export const MAIL_DELIVERY = {
  /** A message is tried at most this many times (the first send included), then left with its error for an admin. */
  maxAttempts: 5,
  /** Unsent mail older than this is not sent late: a reset link expires in an hour, an invitation's news goes stale. */
  maxAgeHours: 24,
  /** How long one sender holds a message: longer than any SMTP timeout. */
  leaseMs: 2 * 60_000,
  batch: 50,
} as const;

/** 1 min, 2 min, 4 min, 8 min after the 1st, 2nd, 3rd, 4th failed attempt. */
export const mailRetryDelay = (attempts: number) => 60_000 * 2 ** Math.max(0, attempts - 1);

type Log = { warn: (o: object, m: string) => void };

/**
 * Sends outbox mail by SMTP. Each message is claimed first (a lease on the row), so the request
 * that queued it and the worker's retry pass never both send it; a sender that dies while holding
 * it only delays it until the lease ends. (A crash between the SMTP answer and marking it sent can
 * still send a message twice: SMTP offers nothing better.)
 */
export function createDelivery(db: Db, transport: MailTransport | null, log: Log) {
  async function send(now: Date, ids?: string[]) {
    if (!transport) return 0;
    const claimed = await outboxRepo.claimUnsent(db, {
      ...(ids ? { ids } : {}),
      now,
      leaseMs: MAIL_DELIVERY.leaseMs,
      maxAttempts: MAIL_DELIVERY.maxAttempts,
      maxAgeHours: MAIL_DELIVERY.maxAgeHours,
      limit: MAIL_DELIVERY.batch,
    });
    for (const message of claimed) {
      try {
        await transport.send({ to: message.to, subject: message.subject, text: message.text });
        await outboxRepo.markSent(db, message.id, new Date());
      } catch (error) {
        log.warn({ err: error, mailId: message.id, attempt: message.attempts }, 'mail delivery failed');
        await outboxRepo.markFailed(
          db,
          message.id,
          String((error as Error)?.message ?? error).slice(0, 500),
          new Date(now.getTime() + mailRetryDelay(message.attempts)),
        );
      }
    }
    return claimed.length;
  }

  return {
    /** After commit: sends these messages now. Failures are recorded on the message (the worker retries) and never fail the request. */
    deliver: async (ids: string[], now = new Date()) => {
      await send(now, ids);
    },
    /** The worker's pass: unsent mail that is due, whoever queued it (also mail whose sender died after commit). */
    async deliverPending(now: Date) {
      let total = 0;
      for (let sent = await send(now); sent > 0; sent = await send(now)) total += sent;
      return total;
    },
  };
}
