import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { mailOutbox } from './notifications.table';

export const outboxRepo = {
  async enqueue(db: Executor, message: typeof mailOutbox.$inferInsert) {
    const [row] = await db.insert(mailOutbox).values(message).returning({ id: mailOutbox.id });
    return row?.id as string;
  },

  async pending(db: Executor, ids: string[]) {
    if (ids.length === 0) return [];
    return db
      .select()
      .from(mailOutbox)
      .where(and(inArray(mailOutbox.id, ids), isNull(mailOutbox.sentAt)));
  },

  async markSent(db: Executor, id: string) {
    await db.update(mailOutbox).set({ sentAt: sql`now()`, error: null }).where(eq(mailOutbox.id, id));
  },

  async markFailed(db: Executor, id: string, error: string) {
    await db.update(mailOutbox).set({ error }).where(eq(mailOutbox.id, id));
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
