import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const at = () => timestamp({ withTimezone: true, precision: 3 });

/**
 * Durable background work (adr/0006). A row is claimed by setting a lease (`locked_until`), not by
 * holding a lock while it runs, so a worker that dies mid-job only delays it until the lease ends.
 * The dedupe key is unique for ever: a periodic job's key names its time slot, so however many
 * instances start, each slot's job exists once.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    dedupeKey: text().notNull(),
    runAt: at().notNull(),
    attempts: integer().notNull().default(0),
    maxAttempts: integer().notNull().default(5),
    lockedBy: text(),
    lockedUntil: at(),
    doneAt: at(),
    /** Set when the last attempt failed: the job stays for an operator to read and is never run again. */
    failedAt: at(),
    lastError: text(),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('jobs_dedupe_key_idx').on(t.dedupeKey),
    // The claim query reads only open jobs, in run order.
    index('jobs_open_run_at_idx').on(t.runAt).where(sql`done_at is null and failed_at is null`),
  ],
);
