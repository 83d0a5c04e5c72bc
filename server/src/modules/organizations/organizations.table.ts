import {
  boolean,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { TEAM_TYPES, type TeamCadence } from '#core/contracts/organizations';
import { ORGANIZATION_KINDS, ROLES, TEAM_MEMBER_ROLES } from '#core/domain/roles';
import { users } from '../identity/identity.table';

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

/**
 * The tenant column every tenant-owned table starts with (ARCHITECTURE.md: organization_id first
 * in the main indexes, so the schema can be distributed by tenant).
 */
// A function declaration, not a const: tables of other modules call it while this module and
// theirs import each other, and only hoisted declarations exist before this module's body runs.
export function tenantId() {
  return uuid()
    .notNull()
    .references(() => organizations.id);
}

/** The tenant: a district, network or ministry region. */
export const organizations = pgTable('organizations', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  kind: text({ enum: ORGANIZATION_KINDS }).notNull().default('district'),
  defaultLocale: text({ enum: ['en', 'es'] })
    .notNull()
    .default('en'),
  /**
   * Evaluative observations (with ratings) exist only where the district turns them on; coaching
   * stays rating-free either way (PEDAGOGY.md §4).
   */
  evaluativeObservations: boolean().notNull().default(false),
  /** ISO 3166-1 alpha-2 (e.g. "CL"): what members of cross-district communities see beside a school. */
  country: text(),
  createdAt: createdAt(),
});

export const schools = pgTable(
  'schools',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    name: text().notNull(),
    /** The school's id in the district's own systems (SIS, Ed-Fi SchoolId), used by imports; null until set. */
    externalId: text(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('schools_org_name_idx').on(t.organizationId, t.name),
    uniqueIndex('schools_org_external_id_idx').on(t.organizationId, t.externalId),
  ],
);

/** One row per role a person holds; school-scoped roles name their school. */
export const memberships = pgTable(
  'memberships',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    role: text({ enum: ROLES }).notNull(),
    schoolId: uuid().references(() => schools.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('memberships_org_user_idx').on(t.organizationId, t.userId),
    index('memberships_org_school_role_idx').on(t.organizationId, t.schoolId, t.role),
    // NULLS NOT DISTINCT keeps an organization-wide role from being granted twice.
    unique('memberships_unique').on(t.organizationId, t.userId, t.role, t.schoolId).nullsNotDistinct(),
  ],
);

export const teams = pgTable(
  'teams',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    schoolId: uuid().references(() => schools.id),
    name: text().notNull(),
    type: text({ enum: TEAM_TYPES }).notNull().default('shared-content'),
    /** When the team usually meets (null: not set); scheduled meetings are the meetings module's. */
    cadence: jsonb().$type<TeamCadence>(),
    createdAt: createdAt(),
  },
  (t) => [index('teams_org_school_idx').on(t.organizationId, t.schoolId)],
);

export const teamMembers = pgTable(
  'team_members',
  {
    organizationId: tenantId(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    role: text({ enum: TEAM_MEMBER_ROLES }).notNull().default('member'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.teamId, t.userId] }),
    index('team_members_org_user_idx').on(t.organizationId, t.userId),
  ],
);
