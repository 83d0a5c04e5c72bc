import { index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { PATHWAY_AUDIENCES, PATHWAY_STATUSES, type PathwayText, STEP_KINDS } from '#core/contracts/pathways';
import { users } from '../identity/identity.table';
import { tenantId } from '../organizations/organizations.table';

const at = () => timestamp({ withTimezone: true, precision: 3 });

/**
 * A district's pathway (issue 6): ordered cards and tasks for a group or an initiative. The
 * initiative is a uuid without a foreign key (like initiatives' practices): checked when written
 * through impact's reader, never blocking an edit there.
 */
export const pathways = pgTable(
  'pathways',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    title: jsonb().$type<PathwayText>().notNull(),
    description: jsonb().$type<PathwayText>(),
    audience: text({ enum: PATHWAY_AUDIENCES }).notNull(),
    initiativeId: uuid(),
    status: text({ enum: PATHWAY_STATUSES }).notNull().default('draft'),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [index('pathways_org_status_idx').on(t.organizationId, t.status, t.createdAt)],
);

/**
 * One step, in order: a library card (its slug, read through the library) or a task written here.
 * A step an author leaves out is marked removed, never deleted: learners keep their completions
 * and private notes, and it no longer shows in the pathway or its progress.
 */
export const pathwaySteps = pgTable(
  'pathway_steps',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    pathwayId: uuid()
      .notNull()
      .references(() => pathways.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    kind: text({ enum: STEP_KINDS }).notNull(),
    cardSlug: text(),
    title: jsonb().$type<PathwayText>(),
    instructions: jsonb().$type<PathwayText>(),
    createdAt: at().notNull().defaultNow(),
    removedAt: at(),
  },
  (t) => [index('pathway_steps_org_pathway_idx').on(t.organizationId, t.pathwayId, t.position)],
);

/** Who follows a pathway: enrolled themselves, or assigned by an author (`assignedBy`). */
export const pathwayEnrolments = pgTable(
  'pathway_enrolments',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    pathwayId: uuid()
      .notNull()
      .references(() => pathways.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    assignedBy: uuid().references(() => users.id),
    enrolledAt: at().notNull().defaultNow(),
  },
  (t) => [
    unique('pathway_enrolments_one').on(t.pathwayId, t.userId),
    index('pathway_enrolments_org_user_idx').on(t.organizationId, t.userId),
  ],
);

/** A learner's completed step, with an optional note and one of their own plans (kept private to them). */
export const pathwayStepCompletions = pgTable(
  'pathway_step_completions',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    pathwayId: uuid()
      .notNull()
      .references(() => pathways.id, { onDelete: 'cascade' }),
    stepId: uuid()
      .notNull()
      .references(() => pathwaySteps.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    note: text(),
    planId: uuid(),
    completedAt: at().notNull().defaultNow(),
  },
  (t) => [
    unique('pathway_step_completions_one').on(t.stepId, t.userId),
    index('pathway_step_completions_org_pathway_idx').on(t.organizationId, t.pathwayId, t.userId),
  ],
);
