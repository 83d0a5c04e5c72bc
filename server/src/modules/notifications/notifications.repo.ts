import { and, asc, count, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { users } from '../../db/schema';
import { isId } from '../../platform/ids';
import { notificationDigests, notificationPreferences, notifications } from './notifications.table';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = Pick<
  typeof notifications.$inferInsert,
  'organizationId' | 'userId' | 'kind' | 'params' | 'link' | 'dedupeKey'
>;

const mine = (organizationId: string, userId: string) =>
  and(eq(notifications.organizationId, organizationId), eq(notifications.userId, userId));

/** Who receives a notification, with their email preference (null: no row, the default). */
const recipientColumns = {
  organizationId: users.organizationId,
  userId: users.id,
  email: users.email,
  name: users.name,
  locale: users.locale,
  status: users.status,
  preference: notificationPreferences.email,
};

function recipients(db: Executor) {
  return db
    .select(recipientColumns)
    .from(users)
    .leftJoin(
      notificationPreferences,
      and(
        eq(notificationPreferences.organizationId, users.organizationId),
        eq(notificationPreferences.userId, users.id),
      ),
    );
}

export const notificationsRepo = {
  async recipient(db: Executor, organizationId: string, userId: string) {
    if (!isId(userId)) return null;
    const [row] = await recipients(db).where(and(eq(users.organizationId, organizationId), eq(users.id, userId)));
    return row ?? null;
  },

  /** Inserts unless this cause (dedupe key) was already notified in the tenant; null then. */
  async insert(db: Executor, values: NewNotification) {
    const [row] = await db
      .insert(notifications)
      .values(values)
      .onConflictDoNothing({ target: [notifications.organizationId, notifications.dedupeKey] })
      .returning();
    return row ?? null;
  },

  async markEmailed(db: Executor, organizationId: string, id: string, now: Date) {
    await db
      .update(notifications)
      .set({ emailedAt: now })
      .where(and(eq(notifications.organizationId, organizationId), eq(notifications.id, id)));
  },

  async listNewestFirst(
    db: Executor,
    organizationId: string,
    userId: string,
    unreadOnly: boolean,
    limit: number,
    after: [string, string] | null,
  ) {
    return db
      .select()
      .from(notifications)
      .where(
        and(
          mine(organizationId, userId),
          unreadOnly ? isNull(notifications.readAt) : undefined,
          after
            ? or(
                lt(notifications.createdAt, sql`${after[0]}::timestamptz`),
                and(eq(notifications.createdAt, sql`${after[0]}::timestamptz`), lt(notifications.id, after[1])),
              )
            : undefined,
        ),
      )
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit + 1);
  },

  async unreadCount(db: Executor, organizationId: string, userId: string) {
    const [row] = await db
      .select({ n: count() })
      .from(notifications)
      .where(and(mine(organizationId, userId), isNull(notifications.readAt)));
    return row?.n ?? 0;
  },

  /** Marks one of the user's notifications read (keeping the first time); null if it is not theirs. */
  async markRead(db: Executor, organizationId: string, userId: string, id: string, now: Date) {
    if (!isId(id)) return null;
    const [row] = await db
      .update(notifications)
      .set({ readAt: sql`coalesce(${notifications.readAt}, ${now.toISOString()}::timestamptz)` })
      .where(and(mine(organizationId, userId), eq(notifications.id, id)))
      .returning();
    return row ?? null;
  },

  async markAllRead(db: Executor, organizationId: string, userId: string, now: Date) {
    await db
      .update(notifications)
      .set({ readAt: now })
      .where(and(mine(organizationId, userId), isNull(notifications.readAt)));
  },

  async preferences(db: Executor, organizationId: string, userId: string) {
    const [row] = await db
      .select()
      .from(notificationPreferences)
      .where(
        and(eq(notificationPreferences.organizationId, organizationId), eq(notificationPreferences.userId, userId)),
      );
    return row ?? null;
  },

  async savePreferences(db: Executor, values: Omit<typeof notificationPreferences.$inferInsert, 'updatedAt'>) {
    const [row] = await db
      .insert(notificationPreferences)
      .values(values)
      .onConflictDoUpdate({
        target: [notificationPreferences.organizationId, notificationPreferences.userId],
        set: { email: values.email, updatedAt: sql`now()` },
      })
      .returning();
    return row!;
  },

  /** Everyone (every tenant: this is the digest job's sweep) who chose the daily digest and can sign in. */
  async digestRecipients(db: Executor) {
    return recipients(db)
      .where(and(eq(notificationPreferences.email, 'daily-digest'), eq(users.status, 'active')))
      .orderBy(asc(users.organizationId), asc(users.id));
  },

  /** Unread notifications no email has mentioned yet, oldest first. */
  async undigested(db: Executor, organizationId: string, userId: string) {
    return db
      .select()
      .from(notifications)
      .where(
        and(
          mine(organizationId, userId),
          isNull(notifications.readAt),
          isNull(notifications.emailedAt),
          isNull(notifications.digestedAt),
        ),
      )
      .orderBy(asc(notifications.createdAt), asc(notifications.id));
  },

  /** Claims the (person, day) digest; false when that day's digest was already made. */
  async claimDigest(db: Executor, organizationId: string, userId: string, day: string) {
    const rows = await db
      .insert(notificationDigests)
      .values({ organizationId, userId, day })
      .onConflictDoNothing()
      .returning({ day: notificationDigests.day });
    return rows.length > 0;
  },

  async recordDigest(
    db: Executor,
    organizationId: string,
    userId: string,
    day: string,
    mailId: string,
    notificationIds: string[],
    now: Date,
  ) {
    await db
      .update(notificationDigests)
      .set({ mailId })
      .where(
        and(
          eq(notificationDigests.organizationId, organizationId),
          eq(notificationDigests.userId, userId),
          eq(notificationDigests.day, day),
        ),
      );
    await db
      .update(notifications)
      .set({ digestedAt: now })
      .where(and(eq(notifications.organizationId, organizationId), inArray(notifications.id, notificationIds)));
  },
};
