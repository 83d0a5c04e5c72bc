import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { LOCALES } from '#core/domain/roles';
import type { StrategyCard } from '#core/library/index';
import { users } from '../identity/identity.table';
import { organizations, tenantId } from '../organizations/organizations.table';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The card's search document, in the card's own language: English cards through `english`;
 * Spanish cards through `spanish` and also through `conecta_spanish_unaccent` (migration 0003),
 * so "evaluacion" typed without its accent still finds "evaluación" while "verificación" still
 * finds "verificaciones". Title A, summary B, body and steps C, the rest D.
 * `library_card_search` is an immutable SQL helper defined in the same migration.
 */
const SEARCH = sql.raw(`case when "locale" = 'es'
  then library_card_search('spanish', "title", "summary", "body", "steps", "why_it_works", "example")
    || library_card_search('conecta_spanish_unaccent', "title", "summary", "body", "steps", "why_it_works", "example")
  else library_card_search('english', "title", "summary", "body", "steps", "why_it_works", "example") end`);

/**
 * Strategy cards: one row per card per language. `organization_id` null is a built-in starter card
 * (synced from core/library at start); a district's own card carries its organization and is
 * visible only to that tenant. `slug` is the card's API id, the same in every language.
 */
export const strategyCards = pgTable(
  'strategy_cards',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().references(() => organizations.id),
    slug: text().notNull(),
    locale: text({ enum: LOCALES }).notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    minutes: integer().notNull(),
    body: text().notNull(),
    whyItWorks: text().notNull(),
    example: text().notNull(),
    steps: jsonb().$type<string[]>().notNull(),
    gradeBands: jsonb().$type<StrategyCard['gradeBands']>().notNull(),
    practiceTags: text().array().notNull(),
    subjects: text().array().notNull(),
    /** Hash of the source data for built-in cards: start-up sync rewrites only rows whose content changed. */
    contentHash: text(),
    search: tsvector()
      .notNull()
      .generatedAlwaysAs(() => SEARCH),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('strategy_cards_builtin_slug_locale').on(t.slug, t.locale).where(sql`${t.organizationId} is null`),
    unique('strategy_cards_org_slug_locale').on(t.organizationId, t.slug, t.locale),
    index('strategy_cards_org_locale_title_idx').on(t.organizationId, t.locale, t.title, t.id),
    index('strategy_cards_search_idx').using('gin', t.search),
  ],
);

/** "Was this useful?": one answer per person per card (any language), kept within the tenant. */
export const resourceReactions = pgTable(
  'resource_reactions',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    /** The card's API id (its slug), so an answer counts for every language of the card. */
    resourceId: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    useful: boolean().notNull(),
    comment: text(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [unique('resource_reactions_resource_user').on(t.organizationId, t.resourceId, t.userId)],
);
