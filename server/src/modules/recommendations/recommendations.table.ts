import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RECOMMENDATION_SURFACES } from '#core/contracts/recommendations';
import { users } from '../identity/identity.table';
import { tenantId } from '../organizations/organizations.table';
import { lessonPlans } from '../planning/planning.table';

const at = () => timestamp({ withTimezone: true, precision: 3 });

/**
 * "I tried it" (Guskey level 4): a person tried a strategy card, on one of their own plans or on
 * none. The card is its slug (not a foreign key: a district's card may be withdrawn). Trying the
 * same card on the same plan again replaces the note.
 */
export const cardTrials = pgTable(
  'card_trials',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    cardSlug: text().notNull(),
    planId: uuid().references(() => lessonPlans.id, { onDelete: 'set null' }),
    note: text(),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('card_trials_user_card_plan')
      .on(t.organizationId, t.userId, t.cardSlug, t.planId)
      .where(sql`${t.planId} is not null`),
    index('card_trials_org_card_idx').on(t.organizationId, t.cardSlug),
    index('card_trials_org_user_idx').on(t.organizationId, t.userId, t.createdAt),
  ],
);

/**
 * What was shown to whom and whether it was opened, for novelty. Bounded: each write keeps a
 * person's last 200 rows of the last 90 days.
 */
export const recommendationImpressions = pgTable(
  'recommendation_impressions',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    cardSlug: text().notNull(),
    surface: text({ enum: [...RECOMMENDATION_SURFACES, 'library'] }).notNull(),
    opened: boolean().notNull().default(false),
    at: at().notNull().defaultNow(),
  },
  (t) => [index('recommendation_impressions_org_user_at_idx').on(t.organizationId, t.userId, t.at)],
);
