import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  index,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { CYCLE_LINK_KINDS, CYCLE_STAGES, CYCLE_UNITS, PRACTICE_SESSION_KINDS } from '#core/contracts/cycles';
import { users } from '../identity/identity.table';
import { observations } from '../observations/observations.table';
import { tenantId } from '../organizations/organizations.table';
import { lessonPlans } from '../planning/planning.table';
import { reflections } from '../reflections/reflections.table';

const at = () => timestamp({ withTimezone: true, precision: 3 });

/**
 * A coaching cycle between one coach and one teacher (PEDAGOGY.md §4). At most one open cycle
 * per pair: the partial unique index is what answers 409 to a second one, even under a race.
 */
export const coachingCycles = pgTable(
  'coaching_cycles',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    coachId: uuid()
      .notNull()
      .references(() => users.id),
    teacherId: uuid()
      .notNull()
      .references(() => users.id),
    goal: text().notNull(),
    measure: text().notNull(),
    unit: text({ enum: CYCLE_UNITS }).notNull(),
    baselineValue: doublePrecision().notNull(),
    baselineEvidence: text(),
    targetValue: doublePrecision().notNull(),
    targetDate: date({ mode: 'string' }).notNull(),
    /** A strategy card's slug; not a foreign key, as a district's cards may be withdrawn. */
    strategyCardId: text(),
    strategyText: text(),
    stage: text({ enum: CYCLE_STAGES }).notNull().default('identify'),
    outcome: text(),
    teacherReflection: text(),
    reflectedAt: at(),
    closedAt: at(),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('coaching_cycles_open_pair')
      .on(t.organizationId, t.coachId, t.teacherId)
      .where(sql`${t.closedAt} is null`),
    // The two lists: cycles I coach, cycles about me — newest first.
    index('coaching_cycles_org_coach_idx').on(t.organizationId, t.coachId, t.createdAt, t.id),
    index('coaching_cycles_org_teacher_idx').on(t.organizationId, t.teacherId, t.createdAt, t.id),
  ],
);

/** Modelling, co-planning, rehearsal…: the "learn" and "improve" work, one row per session. */
export const coachingCycleSessions = pgTable(
  'coaching_cycle_sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    cycleId: uuid()
      .notNull()
      .references(() => coachingCycles.id),
    /** The device's id for the session, so a resend is not stored twice; null from clients that send none. */
    clientId: uuid(),
    date: date({ mode: 'string' }).notNull(),
    kind: text({ enum: PRACTICE_SESSION_KINDS }).notNull(),
    notes: text(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [
    unique('coaching_cycle_sessions_client').on(t.organizationId, t.cycleId, t.clientId),
    index('coaching_cycle_sessions_org_cycle_idx').on(t.organizationId, t.cycleId, t.date),
  ],
);

/** A data point: the measure's value on a date. */
export const coachingCycleChecks = pgTable(
  'coaching_cycle_checks',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    cycleId: uuid()
      .notNull()
      .references(() => coachingCycles.id),
    clientId: uuid(),
    date: date({ mode: 'string' }).notNull(),
    value: doublePrecision().notNull(),
    note: text(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [
    unique('coaching_cycle_checks_client').on(t.organizationId, t.cycleId, t.clientId),
    index('coaching_cycle_checks_org_cycle_idx').on(t.organizationId, t.cycleId, t.date),
  ],
);

/** A plan, observation or reflection on the cycle's timeline: exactly one target column is set, matching `kind`. */
export const coachingCycleLinks = pgTable(
  'coaching_cycle_links',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    cycleId: uuid()
      .notNull()
      .references(() => coachingCycles.id),
    kind: text({ enum: CYCLE_LINK_KINDS }).notNull(),
    planId: uuid().references(() => lessonPlans.id),
    observationId: uuid().references(() => observations.id),
    reflectionId: uuid().references(() => reflections.id),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [
    check(
      'coaching_cycle_links_one_target',
      sql`(${t.kind} = 'plan' and ${t.planId} is not null and ${t.observationId} is null and ${t.reflectionId} is null)
        or (${t.kind} = 'observation' and ${t.observationId} is not null and ${t.planId} is null and ${t.reflectionId} is null)
        or (${t.kind} = 'reflection' and ${t.reflectionId} is not null and ${t.planId} is null and ${t.observationId} is null)`,
    ),
    unique('coaching_cycle_links_plan').on(t.organizationId, t.cycleId, t.planId),
    unique('coaching_cycle_links_observation').on(t.organizationId, t.cycleId, t.observationId),
    unique('coaching_cycle_links_reflection').on(t.organizationId, t.cycleId, t.reflectionId),
    index('coaching_cycle_links_org_cycle_idx').on(t.organizationId, t.cycleId, t.createdAt),
  ],
);
