import { sql } from 'drizzle-orm';
import {
  check,
  date,
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
import { ACTION_STEP_PROGRESS, OBSERVATION_KINDS, OBSERVATION_STATUSES } from '#core/contracts/observations';
import { classes } from '../classes/classes.table';
import { frameworkPractices } from '../frameworks/frameworks.table';
import { users } from '../identity/identity.table';
import { tenantId } from '../organizations/organizations.table';
import { lessonPlans } from '../planning/planning.table';

const at = () => timestamp({ withTimezone: true, precision: 3 });
const uuids = () => uuid().array().notNull().default(sql`'{}'::uuid[]`);

/**
 * A classroom visit (PEDAGOGY.md §4): coaching, peer or walkthrough. Practice ids are arrays
 * without foreign keys, so an edited framework never has to wait for old visits; a removed
 * practice simply stops resolving.
 */
export const observations = pgTable(
  'observations',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    observerId: uuid()
      .notNull()
      .references(() => users.id),
    teacherId: uuid()
      .notNull()
      .references(() => users.id),
    kind: text({ enum: OBSERVATION_KINDS }).notNull(),
    status: text({ enum: OBSERVATION_STATUSES }).notNull().default('scheduled'),
    scheduledAt: at().notNull(),
    durationMinutes: integer().notNull(),
    classId: uuid().references(() => classes.id),
    planId: uuid().references(() => lessonPlans.id),
    focusPracticeIds: uuids(),
    note: text(),
    /** Look-for id → times seen; replaced whole by the observer's device. */
    tallies: jsonb().$type<Record<string, number>>().notNull().default({}),
    followUpDue: date({ mode: 'string' }).notNull(),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [
    // The two lists: visits I make, visits to my classroom — newest first.
    index('observations_org_observer_idx').on(t.organizationId, t.observerId, t.scheduledAt, t.id),
    index('observations_org_teacher_idx').on(t.organizationId, t.teacherId, t.scheduledAt, t.id),
    // The follow-up reminder sweep reads a few days of due dates across tenants.
    index('observations_follow_up_due_idx').on(t.followUpDue),
  ],
);

/** Low-inference evidence, one row per note; the device's client id makes a resend a no-op. */
export const observationNotes = pgTable(
  'observation_notes',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    observationId: uuid()
      .notNull()
      .references(() => observations.id),
    clientId: uuid().notNull(),
    at: at().notNull(),
    text: text().notNull(),
    practiceIds: uuids(),
    lookForIds: uuids(),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [
    unique('observation_notes_client').on(t.organizationId, t.observationId, t.clientId),
    index('observation_notes_org_observation_at_idx').on(t.organizationId, t.observationId, t.at, t.id),
  ],
);

/** One per observation: the observer's draft until shared, then also the teacher's response. */
export const observationFeedback = pgTable(
  'observation_feedback',
  {
    organizationId: tenantId(),
    observationId: uuid()
      .notNull()
      .references(() => observations.id),
    strength: text().notNull(),
    growthArea: text().notNull(),
    actionStepText: text().notNull(),
    howToPractise: text().notNull(),
    /** A strategy card's id (its slug); not a foreign key, as a district's cards may be withdrawn. */
    resourceId: text(),
    // A practice removed from its framework leaves the step without one rather than blocking the edit.
    practiceId: uuid().references(() => frameworkPractices.id, { onDelete: 'set null' }),
    sharedAt: at(),
    teacherResponse: text(),
    respondedAt: at(),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.observationId] })],
);

/** One per observation: how the action step went, recorded by the observer. */
export const observationFollowUps = pgTable(
  'observation_follow_ups',
  {
    organizationId: tenantId(),
    observationId: uuid()
      .notNull()
      .references(() => observations.id),
    actionStepProgress: text({ enum: ACTION_STEP_PROGRESS }).notNull(),
    note: text(),
    at: at().notNull().defaultNow(),
    byId: uuid()
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.observationId] })],
);

/**
 * Ratings of an evaluative visit, one per practice. A table of their own so that nothing that
 * reads coaching evidence, feedback or growth analytics can pick them up by accident.
 */
export const observationRatings = pgTable(
  'observation_ratings',
  {
    organizationId: tenantId(),
    observationId: uuid()
      .notNull()
      .references(() => observations.id),
    // No foreign key, like focusPracticeIds: a district editing its framework never waits for old ratings.
    practiceId: uuid().notNull(),
    level: integer().notNull(),
    note: text(),
    ratedAt: at().notNull().defaultNow(),
    byId: uuid()
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.observationId, t.practiceId] }),
    check('observation_ratings_level', sql`${t.level} between 1 and 4`),
  ],
);
