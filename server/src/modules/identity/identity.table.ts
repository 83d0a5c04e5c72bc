import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { LOCALES, USER_STATUSES } from '#core/domain/roles';
import { tenantId } from '../organizations/organizations.table';

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    /** Stored lower-cased; unique across tenants because sign-in is by email alone. */
    email: text().notNull(),
    name: text().notNull(),
    locale: text({ enum: LOCALES }).notNull().default('en'),
    passwordHash: text(),
    status: text({ enum: USER_STATUSES }).notNull().default('invited'),
    createdAt: createdAt(),
    deactivatedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('users_email_idx').on(t.email), index('users_org_name_idx').on(t.organizationId, t.name, t.id)],
);

/** Database-backed sessions so any instance can serve any request; the id is a hash of the cookie token. */
export const sessions = pgTable(
  'sessions',
  {
    id: text().primaryKey(),
    organizationId: tenantId(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    userAgent: text(),
    ip: text(),
  },
  (t) => [index('sessions_user_idx').on(t.organizationId, t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

export const accessTokens = pgTable(
  'access_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    name: text().notNull(),
    prefix: text().notNull(),
    tokenHash: text().notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('access_tokens_hash_idx').on(t.tokenHash),
    index('access_tokens_user_idx').on(t.organizationId, t.userId),
  ],
);

/** Invitation and password-reset links: single use, hashed at rest, expiring. */
export const oneTimeTokens = pgTable(
  'one_time_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    purpose: text({ enum: ['invitation', 'password_reset'] }).notNull(),
    tokenHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('one_time_tokens_hash_idx').on(t.tokenHash),
    index('one_time_tokens_user_idx').on(t.organizationId, t.userId),
  ],
);

/**
 * Failed sign-ins, kept in the database (not in memory) so the limit holds across instances.
 * Not tenant-owned: a failure may name an email that belongs to no one.
 */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    ip: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('login_failures_lookup_idx').on(t.email, t.ip, t.createdAt),
    index('login_failures_created_idx').on(t.createdAt),
  ],
);
