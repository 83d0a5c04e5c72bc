import { date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { LessonPlanInput } from '#core/contracts/lesson-plans';
import { PLAN_STATUSES } from '#core/contracts/planning';
import { LOCALES } from '#core/domain/roles';
import { classes } from '../classes/classes.table';
import { users } from '../identity/identity.table';
import { tenantId } from '../organizations/organizations.table';

/** The plan's searchable facts are columns; the rest of what the teacher wrote is one jsonb document. */
export type PlanContent = Omit<LessonPlanInput, 'classId' | 'title' | 'date' | 'locale' | 'visibility'>;

export const lessonPlans = pgTable(
  'lesson_plans',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id),
    classId: uuid().references(() => classes.id),
    title: text().notNull(),
    date: date({ mode: 'string' }),
    locale: text({ enum: LOCALES }).notNull(),
    visibility: text({ enum: ['private', 'team', 'coach'] })
      .notNull()
      .default('private'),
    status: text({ enum: PLAN_STATUSES }).notNull().default('draft'),
    content: jsonb().$type<PlanContent>().notNull(),
    version: integer().notNull().default(1),
    /** The plan this one was copied from (a teammate's shared plan); not a foreign key: the source may go. */
    copiedFromId: uuid(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('lesson_plans_org_owner_date_idx').on(t.organizationId, t.ownerId, t.date, t.id),
    index('lesson_plans_org_class_date_idx').on(t.organizationId, t.classId, t.date),
  ],
);

/** Every save keeps the version it replaced, whole, so any earlier state can be viewed and restored. */
export const lessonPlanVersions = pgTable(
  'lesson_plan_versions',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    planId: uuid()
      .notNull()
      .references(() => lessonPlans.id),
    version: integer().notNull(),
    title: text().notNull(),
    classId: uuid(),
    date: date({ mode: 'string' }),
    locale: text({ enum: LOCALES }).notNull(),
    visibility: text({ enum: ['private', 'team', 'coach'] }).notNull(),
    status: text({ enum: PLAN_STATUSES }).notNull(),
    content: jsonb().$type<PlanContent>().notNull(),
    savedAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [unique('lesson_plan_versions_plan_version').on(t.organizationId, t.planId, t.version)],
);

/** A dismissed insight and why: learning data, and the rule stays quiet on that plan. */
export const insightDismissals = pgTable(
  'insight_dismissals',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    planId: uuid()
      .notNull()
      .references(() => lessonPlans.id),
    ruleId: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    reason: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('insight_dismissals_plan_rule').on(t.organizationId, t.planId, t.ruleId)],
);
