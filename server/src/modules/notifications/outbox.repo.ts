import { and, asc, desc, eq, gt, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { mailOutbox } from './notifications.table';

export type MailRow = typeof mailOutbox.$inferSelect;

export const outboxRepo = {
  async enqueue(
    db: Executor,
    message: Pick<typeof mailOutbox.$inferInsert, 'organizationId' | 'to' | 'subject' | 'text'>,
  ) {
    const [row] = await db.insert(mailOutbox).values(message).returning({ id: mailOutbox.id });
    return row?.id as string;
  },

  /**
   * Takes unsent messages for sending: not sent, tried fewer than `maxAttempts` times, not held by
   * another sender, not waiting out a backoff, and younger than `maxAgeHours` by the database's
   * clock (a reset link mailed a day late is worse than none). `ids` narrows it to those messages.
   */
  async claimUnsent(
    db: Executor,
    options: { ids?: string[]; now: Date; leaseMs: number; maxAttempts: number; maxAgeHours: number; limit: number },
  ): Promise<MailRow[]> {
    const { now } = options;
    if (options.ids?.length === 0) return [];
    const candidates = db
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(
        and(
          isNull(mailOutbox.sentAt),
          options.ids ? inArray(mailOutbox.id, options.ids) : undefined,
          lt(mailOutbox.attempts, options.maxAttempts),
          or(isNull(mailOutbox.lockedUntil), lte(mailOutbox.lockedUntil, now)),
          or(isNull(mailOutbox.nextAttemptAt), lte(mailOutbox.nextAttemptAt, now)),
          gt(mailOutbox.createdAt, sql`now() - make_interval(hours => ${options.maxAgeHours})`),
        ),
      )
      .orderBy(asc(mailOutbox.createdAt), asc(mailOutbox.id))
      .limit(options.limit)
      .for('update', { skipLocked: true });
    return db
      .update(mailOutbox)
      .set({ attempts: sql`${mailOutbox.attempts} + 1`, lockedUntil: new Date(now.getTime() + options.leaseMs) })
      .where(inArray(mailOutbox.id, candidates))
      .returning();
  },

  async markSent(db: Executor, id: string, now: Date) {
    await db
      .update(mailOutbox)
      .set({ sentAt: now, error: null, lockedUntil: null, nextAttemptAt: null })
      .where(eq(mailOutbox.id, id));
  },

  async markFailed(db: Executor, id: string, error: string, nextAttemptAt: Date) {
    await db.update(mailOutbox).set({ error, lockedUntil: null, nextAttemptAt }).where(eq(mailOutbox.id, id));
  },

  async listNewestFirst(db: Executor, organizationId: string, limit: number, after: [string, string] | null) {
    return db
      .select()
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.organizationId, organizationId),
          after
            ? or(
                lt(mailOutbox.createdAt, sql`${after[0]}::timestamptz`),
                and(eq(mailOutbox.createdAt, sql`${after[0]}::timestamptz`), lt(mailOutbox.id, after[1])),
              )
            : undefined,
        ),
      )
      .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
      .limit(limit + 1);
  },
};
