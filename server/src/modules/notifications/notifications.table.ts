import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantId } from '../organizations/organizations.table';

/**
 * Every outgoing email is written here first (in the same transaction as the change that
 * caused it), then delivered by SMTP when configured; without SMTP an admin reads it in the app.
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
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
    error: text(),
  },
  (t) => [index('mail_outbox_org_created_idx').on(t.organizationId, t.createdAt, t.id)],
);
