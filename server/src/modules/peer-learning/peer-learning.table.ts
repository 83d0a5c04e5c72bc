import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PEER_REQUEST_STATUSES } from '#core/contracts/peer-learning';
import { users } from '../identity/identity.table';
import { tenantId } from '../organizations/organizations.table';

const at = () => timestamp({ withTimezone: true, precision: 3 });

/**
 * A teacher's or coach's consent to be listed as a peer to learn from, in their own district
 * (adr/0009). One per person; `open` false (or no row) keeps them out of every recommendation.
 */
export const peerOffers = pgTable(
  'peer_offers',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    /** Card practice tags (core/contracts/peer-learning PEER_PRACTICE_TAGS), 1–5. */
    practiceTags: text().array().notNull(),
    note: text(),
    open: boolean().notNull().default(false),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [
    unique('peer_offers_one').on(t.organizationId, t.userId),
    index('peer_offers_org_open_idx').on(t.organizationId, t.open),
  ],
);

/**
 * One request to learn from a colleague, answered by them (the second consent). Private to the two
 * people: nobody else, admins included, may read it.
 */
export const peerRequests = pgTable(
  'peer_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    fromUserId: uuid()
      .notNull()
      .references(() => users.id),
    toUserId: uuid()
      .notNull()
      .references(() => users.id),
    practiceTag: text().notNull(),
    message: text().notNull(),
    status: text({ enum: PEER_REQUEST_STATUSES }).notNull().default('pending'),
    createdAt: at().notNull().defaultNow(),
    answeredAt: at(),
  },
  (t) => [
    // One pending request from one person to another, even when two arrive at once.
    uniqueIndex('peer_requests_one_pending')
      .on(t.organizationId, t.fromUserId, t.toUserId)
      .where(sql`${t.status} = 'pending'`),
    index('peer_requests_org_from_idx').on(t.organizationId, t.fromUserId, t.createdAt),
    index('peer_requests_org_to_idx').on(t.organizationId, t.toUserId, t.createdAt),
  ],
);
