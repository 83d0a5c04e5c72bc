import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { FrameworkDocument, LocalizedText, PracticeDocument } from '#core/contracts/frameworks';
import { LOCALES } from '#core/domain/roles';
import { users } from '../identity/identity.table';
import { organizations, schools, tenantId } from '../organizations/organizations.table';

const timestamps = {
  createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
};

/** Null: built-in (shared by every tenant, synced from core/frameworks at start); else the district that owns it. */
const ownerId = () => uuid().references(() => organizations.id);

/**
 * Practice frameworks: framework → domains → practices → look-fors, each row with a stable id and
 * the code it has in the document. Re-importing an edited document matches rows by code, so ids
 * (and growth focus, observations… that point at them) survive edits. Text is `LocalizedText`
 * jsonb ({ en?, es? }), resolved to the reader's language by the presenter.
 *
 * Unique constraints lead with organization_id and treat nulls as equal, so built-in rows (null
 * tenant) are held to the same uniqueness as a district's.
 */
export const frameworks = pgTable(
  'frameworks',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: ownerId(),
    code: text().notNull(),
    title: jsonb().$type<LocalizedText>().notNull(),
    description: jsonb().$type<LocalizedText>(),
    source: jsonb().$type<FrameworkDocument['source']>().notNull(),
    /** Languages the document's text is written in (for the list, without reading the tree). */
    locales: text({ enum: LOCALES }).array().notNull(),
    /** Hash of the whole document: a save or sync that changes nothing writes nothing. */
    contentHash: text().notNull(),
    ...timestamps,
  },
  (t) => [unique('frameworks_org_code').on(t.organizationId, t.code).nullsNotDistinct()],
);

export const frameworkDomains = pgTable(
  'framework_domains',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: ownerId(),
    frameworkId: uuid()
      .notNull()
      .references(() => frameworks.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    code: text().notNull(),
    title: jsonb().$type<LocalizedText>().notNull(),
    description: jsonb().$type<LocalizedText>(),
  },
  (t) => [unique('framework_domains_code').on(t.organizationId, t.frameworkId, t.code).nullsNotDistinct()],
);

export const frameworkPractices = pgTable(
  'framework_practices',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: ownerId(),
    frameworkId: uuid()
      .notNull()
      .references(() => frameworks.id, { onDelete: 'cascade' }),
    domainId: uuid()
      .notNull()
      .references(() => frameworkDomains.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    /** Unique in the framework (not only in its domain), so a practice may move between domains and keep its id. */
    code: text().notNull(),
    title: jsonb().$type<LocalizedText>().notNull(),
    description: jsonb().$type<LocalizedText>(),
    levels: jsonb().$type<PracticeDocument['levels']>().notNull(),
    planTerms: jsonb().$type<PracticeDocument['planTerms']>().notNull(),
    resourceIds: text().array().notNull(),
  },
  (t) => [
    unique('framework_practices_code').on(t.organizationId, t.frameworkId, t.code).nullsNotDistinct(),
    index('framework_practices_domain_idx').on(t.organizationId, t.domainId),
  ],
);

export const frameworkLookFors = pgTable(
  'framework_look_fors',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: ownerId(),
    frameworkId: uuid()
      .notNull()
      .references(() => frameworks.id, { onDelete: 'cascade' }),
    practiceId: uuid()
      .notNull()
      .references(() => frameworkPractices.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    /** Unique within its practice. */
    code: text().notNull(),
    text: jsonb().$type<LocalizedText>().notNull(),
  },
  (t) => [
    unique('framework_look_fors_code').on(t.organizationId, t.practiceId, t.code).nullsNotDistinct(),
    index('framework_look_fors_framework_idx').on(t.organizationId, t.frameworkId),
  ],
);

/** The framework a school uses; a school without a row uses the built-in one. */
export const schoolFrameworks = pgTable(
  'school_frameworks',
  {
    organizationId: tenantId(),
    schoolId: uuid()
      .notNull()
      .references(() => schools.id),
    frameworkId: uuid()
      .notNull()
      .references(() => frameworks.id),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.schoolId] })],
);

/**
 * A teacher's (or coach's) one or two growth-focus practices, in their order. The practice
 * reference has no cascade: a framework edit that would remove someone's focus is refused.
 */
export const growthFocus = pgTable(
  'growth_focus',
  {
    organizationId: tenantId(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    practiceId: uuid()
      .notNull()
      .references(() => frameworkPractices.id),
    position: integer().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.userId, t.position] }),
    unique('growth_focus_user_practice').on(t.organizationId, t.userId, t.practiceId),
    // By practice alone: removing a practice checks every tenant's focus (built-in practices are everyone's).
    index('growth_focus_practice_idx').on(t.practiceId),
  ],
);
