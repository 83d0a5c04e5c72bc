import { sql } from 'drizzle-orm';
import {
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { InitiativeTarget } from '#core/contracts/impact';
import { INITIATIVE_STATUSES } from '#core/contracts/impact';
import type { Role } from '#core/domain/roles';
import { users } from '../identity/identity.table';
import { tenantId } from '../organizations/organizations.table';

const at = () => timestamp({ withTimezone: true, precision: 3 });
type Localized = { en?: string; es?: string };
type Scope = { allSchools: boolean; schoolIds: string[]; teamIds: string[] };

/**
 * A district's initiative for one school year (issue 6). Practices, schools and teams are uuids
 * without foreign keys (like observations' tags): checked when written, never blocking an edit
 * elsewhere. Targets are stored in the order authored: level 5 first.
 */
export const initiatives = pgTable(
  'initiatives',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    schoolYear: text().notNull(),
    name: jsonb().$type<Localized>().notNull(),
    description: jsonb().$type<Localized>(),
    targetPracticeIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    scope: jsonb().$type<Scope>().notNull(),
    targets: jsonb().$type<InitiativeTarget[]>().notNull().default([]),
    status: text({ enum: INITIATIVE_STATUSES }).notNull().default('active'),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [index('initiatives_org_year_idx').on(t.organizationId, t.schoolYear, t.createdAt)],
);

/**
 * The rollup the dashboards read: one row per bucket (source, metric, initiative for
 * initiative-specific facts, practice, person, school, team, subject, ISO week) with the sum of
 * its values and how many facts it holds. Keeping the person lets any aggregation count distinct
 * people (suppression needs that); the refresh replaces a source's buckets per touched
 * person-week, never adds to them.
 */
export const impactFacts = pgTable(
  'impact_facts',
  {
    organizationId: tenantId(),
    source: text().notNull(),
    metric: text().notNull(),
    /** Set only for facts about one initiative (its pulse answers). */
    initiativeId: uuid(),
    practiceId: uuid(),
    personId: uuid().notNull(),
    schoolId: uuid(),
    teamId: uuid(),
    subject: text(),
    week: date({ mode: 'string' }).notNull(),
    total: doublePrecision().notNull(),
    n: integer().notNull(),
  },
  (t) => [
    // Dashboards: one metric over a span of weeks.
    index('impact_facts_org_metric_week_idx').on(t.organizationId, t.metric, t.week),
    // The refresh: replace one source's buckets for the touched person-weeks.
    index('impact_facts_org_source_person_idx').on(t.organizationId, t.source, t.personId, t.week),
  ],
);

/**
 * Who belongs where, copied from organizations at each refresh: the in-scope people an
 * initiative's completeness is measured against, and the team filter for person facts.
 */
export const impactPeople = pgTable(
  'impact_people',
  {
    organizationId: tenantId(),
    personId: uuid().notNull(),
    role: text().$type<Role>().notNull(),
    schoolId: uuid(),
    teamId: uuid(),
  },
  (t) => [
    index('impact_people_org_person_idx').on(t.organizationId, t.personId),
    index('impact_people_org_team_idx').on(t.organizationId, t.teamId),
  ],
);

/** How far each source has been read, per tenant: the next refresh asks only for what changed since. */
export const impactWatermarks = pgTable(
  'impact_watermarks',
  {
    organizationId: tenantId(),
    source: text().notNull(),
    readUntil: at().notNull(),
    refreshedAt: at().notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.source] })],
);

/** A short survey attached to an initiative, open between two days (inclusive). */
export const impactPulses = pgTable(
  'impact_pulses',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    initiativeId: uuid()
      .notNull()
      .references(() => initiatives.id),
    itemIds: text().array().notNull(),
    opensOn: date({ mode: 'string' }).notNull(),
    closesOn: date({ mode: 'string' }).notNull(),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [index('impact_pulses_org_initiative_idx').on(t.organizationId, t.initiativeId, t.opensOn)],
);

/** One answer set per person per pulse; never shown per person — only as suppressed aggregates. */
export const impactPulseResponses = pgTable(
  'impact_pulse_responses',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    pulseId: uuid()
      .notNull()
      .references(() => impactPulses.id),
    personId: uuid()
      .notNull()
      .references(() => users.id),
    answers: jsonb().$type<{ itemId: string; value: number }[]>().notNull(),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [
    unique('impact_pulse_responses_once').on(t.organizationId, t.pulseId, t.personId),
    index('impact_pulse_responses_org_created_idx').on(t.organizationId, t.createdAt),
  ],
);

/**
 * When each tenant's rollup last changed, as a counter the refresh bumps only when it wrote
 * something: a dashboard view built for an older version is stale.
 */
export const impactRollupVersions = pgTable(
  'impact_rollup_versions',
  {
    organizationId: tenantId(),
    version: integer().notNull(),
    changedAt: at().notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId] })],
);

/**
 * A dashboard view's aggregates (before suppression and labels, which each request applies),
 * keyed by a hash of its canonical filter and valid for one rollup version. The refresh builds
 * each active initiative's district and school views; requests fill in the rest.
 */
export const impactDashboardViews = pgTable(
  'impact_dashboard_views',
  {
    organizationId: tenantId(),
    viewKey: text().notNull(),
    version: integer().notNull(),
    aggregates: jsonb().$type<unknown>().notNull(),
    builtAt: at().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.viewKey] })],
);
