import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ReflectionIndicator } from '#core/contracts/reflections';
import { REFLECTION_LABELS } from '#core/contracts/reflections';
import { classes } from '../classes/classes.table';
import { users } from '../identity/identity.table';
import { tenantId } from '../organizations/organizations.table';
import { lessonPlans } from '../planning/planning.table';

/** A teacher's reflection on a taught lesson, with the analysis it got when written (reproducible by rulesetVersion). */
export const reflections = pgTable(
  'reflections',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    planId: uuid()
      .notNull()
      .references(() => lessonPlans.id),
    /** Copied from the plan so "the latest next-time for this class" is one indexed lookup. */
    classId: uuid().references(() => classes.id),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    whatHappened: text(),
    studentEvidence: text(),
    whyAndAlternatives: text(),
    nextTime: text(),
    level: integer().notNull(),
    label: text({ enum: REFLECTION_LABELS }).notNull(),
    indicators: jsonb().$type<ReflectionIndicator[]>().notNull(),
    nudge: text().notNull(),
    rulesetVersion: text().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('reflections_org_plan_idx').on(t.organizationId, t.planId, t.createdAt),
    index('reflections_org_class_idx').on(t.organizationId, t.classId, t.createdAt),
  ],
);
