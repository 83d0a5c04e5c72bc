import { index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { STORED_SELF_ASSESSMENT_STATUSES } from '#core/contracts/self-assessment';
import { users } from '../identity/identity.table';
import { tenantId } from '../organizations/organizations.table';

const at = () => timestamp({ withTimezone: true, precision: 3 });
/** Each submission keeps the answers it froze, so reopening and changing them loses nothing. */
export type SelfAssessmentHistory = {
  event: 'submitted' | 'reopened';
  at: string;
  by: string;
  answers?: Record<string, number>;
}[];

/**
 * A district's Connected-Professional-Learning self-assessment for one school year (issue 6).
 * Answers are kept by item id (core/cpl) so a later instrument version keeps them; submitting
 * freezes it, and each submission and reopening is appended to `history`.
 */
export const selfAssessments = pgTable(
  'self_assessments',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    schoolYear: text().notNull(),
    instrumentVersion: integer().notNull(),
    status: text({ enum: STORED_SELF_ASSESSMENT_STATUSES }).notNull().default('draft'),
    answers: jsonb().$type<Record<string, number>>().notNull().default({}),
    notes: jsonb().$type<Record<string, string>>().notNull().default({}),
    history: jsonb().$type<SelfAssessmentHistory>().notNull().default([]),
    submittedAt: at(),
    submittedBy: uuid().references(() => users.id),
    updatedBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [
    unique('self_assessments_org_year').on(t.organizationId, t.schoolYear),
    index('self_assessments_org_updated_idx').on(t.organizationId, t.updatedAt),
  ],
);
