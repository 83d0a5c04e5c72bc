import { index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { COMMENT_TARGETS, STUDENT_WORK_TYPES } from '#core/contracts/units';
import { users } from '../identity/identity.table';
import { teams, tenantId } from '../organizations/organizations.table';

const at = () => timestamp({ withTimezone: true, precision: 3 });

/** A unit of study a team plans together; the team's members read and edit it, no one else. */
export const units = pgTable(
  'units',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id),
    title: text().notNull(),
    standards: jsonb().$type<string[]>().notNull(),
    bigIdeas: jsonb().$type<string[]>().notNull(),
    assessments: jsonb().$type<string[]>().notNull(),
    /** Ordered lessons; `planId` names the plan a member made from the step (not a foreign key: plans stay their owner's). */
    sequence: jsonb().$type<{ title: string; planId: string | null }[]>().notNull(),
    curriculumSource: text(),
    version: integer().notNull().default(1),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
  },
  // The list pages by (title, id) within a team.
  (t) => [index('units_org_team_idx').on(t.organizationId, t.teamId, t.title, t.id)],
);

/** A comment on one section of a shared plan or a unit; readable by whoever may read the target. */
export const sectionComments = pgTable(
  'section_comments',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    targetType: text({ enum: COMMENT_TARGETS }).notNull(),
    targetId: uuid().notNull(),
    section: text().notNull(),
    body: text().notNull(),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    mentionIds: jsonb().$type<string[]>().notNull(),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [index('section_comments_org_target_idx').on(t.organizationId, t.targetType, t.targetId, t.createdAt)],
);

/** A piece of student work (names removed) a team looks at; the file itself is in the storage adapter. */
export const studentWorkSamples = pgTable(
  'student_work_samples',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id),
    unitId: uuid().references(() => units.id),
    /** A meeting of the team (teams module); not a foreign key so the two modules stay apart. */
    meetingId: uuid(),
    title: text().notNull(),
    successCriteria: jsonb().$type<string[]>().notNull(),
    storageKey: text().notNull(),
    contentType: text({ enum: STUDENT_WORK_TYPES }).notNull(),
    byteSize: integer().notNull(),
    fileName: text().notNull(),
    uploadedBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [
    index('student_work_samples_org_team_idx').on(t.organizationId, t.teamId, t.createdAt, t.id),
    index('student_work_samples_org_unit_idx').on(t.organizationId, t.unitId),
  ],
);

/** One scorer's levels for a sample, against its success criteria; scoring again replaces them. */
export const studentWorkScores = pgTable(
  'student_work_scores',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    sampleId: uuid()
      .notNull()
      .references(() => studentWorkSamples.id),
    scorerId: uuid()
      .notNull()
      .references(() => users.id),
    meetingId: uuid(),
    scores: jsonb().$type<{ criterion: string; level: number; note: string | null }[]>().notNull(),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [unique('student_work_scores_sample_scorer').on(t.organizationId, t.sampleId, t.scorerId)],
);
