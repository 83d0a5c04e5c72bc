import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { EMAIL_PREFERENCES, NOTIFICATION_KINDS, type NotificationParams } from '#core/contracts/notifications';
import { users } from '../identity/identity.table';
import { tenantId } from '../organizations/organizations.table';

const at = () => timestamp({ withTimezone: true, precision: 3 });

/**
 * Every outgoing email is written here first (in the same transaction as the change that
 * caused it), then delivered by SMTP when configured; without SMTP an admin reads it in the app.
 * Delivery claims a message with a short lease, so the request that queued it and the worker that
 * retries pending mail never both send it.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    // Millisecond precision: the value round-trips exactly through a JavaScript Date in a page cursor.
    createdAt: at().notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
    error: text(),
    attempts: integer().notNull().default(0),
    /** While set and in the future, one sender has the message. */
    lockedUntil: at(),
    /** After a failure: not tried again before this. */
    nextAttemptAt: at(),
  },
  (t) => [
    index('mail_outbox_org_created_idx').on(t.organizationId, t.createdAt, t.id),
    // The worker's retry pass reads only unsent mail.
    index('mail_outbox_unsent_idx').on(t.createdAt).where(sql`sent_at is null`),
  ],
);

/** One thing someone should know about, shown in the app; unique per cause (dedupe key) so never told twice. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    kind: text({ enum: NOTIFICATION_KINDS }).notNull(),
    params: jsonb().$type<NotificationParams>().notNull().default({}),
    link: text(),
    dedupeKey: text().notNull(),
    createdAt: at().notNull().defaultNow(),
    readAt: at(),
    /** When its email was queued (preference `immediate`). */
    emailedAt: at(),
    /** When a daily digest listed it (preference `daily-digest`). */
    digestedAt: at(),
  },
  (t) => [
    unique('notifications_dedupe').on(t.organizationId, t.dedupeKey),
    index('notifications_org_user_created_idx').on(t.organizationId, t.userId, t.createdAt, t.id),
    index('notifications_org_user_unread_idx').on(t.organizationId, t.userId).where(sql`read_at is null`),
  ],
);

/** Per person; no row means the defaults (email each notification at once). */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    organizationId: tenantId(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    email: text({ enum: EMAIL_PREFERENCES }).notNull().default('immediate'),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] })],
);

/** One row per person per (UTC) day a digest was sent: the key that keeps a digest from going twice. */
export const notificationDigests = pgTable(
  'notification_digests',
  {
    organizationId: tenantId(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    day: date({ mode: 'string' }).notNull(),
    mailId: uuid().references(() => mailOutbox.id),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId, t.day] })],
);
