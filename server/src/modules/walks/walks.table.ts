import { date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '#core/contracts/frameworks';
import { WALK_EVIDENCE, WALK_GRADE_BANDS, WALK_STATUSES, WALK_SUBJECTS } from '#core/contracts/walks';
import { users } from '../identity/identity.table';
import { schools, tenantId } from '../organizations/organizations.table';

const at = () => timestamp({ withTimezone: true, precision: 3 });

/**
 * A learning walk (non-evaluative): one focus look-for across many rooms of one school. The
 * look-for is kept as an id without a foreign key plus its text as it was when the walk started,
 * so an edited or re-imported framework never blocks, nor rewrites, a walk already reported.
 */
export const walks = pgTable(
  'walks',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    schoolId: uuid()
      .notNull()
      .references(() => schools.id),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    lookForId: uuid().notNull(),
    practiceId: uuid().notNull(),
    lookForText: jsonb().$type<LocalizedText>().notNull(),
    practiceTitle: jsonb().$type<LocalizedText>().notNull(),
    purpose: text(),
    date: date({ mode: 'string' }).notNull(),
    status: text({ enum: WALK_STATUSES }).notNull().default('open'),
    closedAt: at(),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [
    // The school's walks, newest first (the list for its leaders, coaches and teachers).
    index('walks_org_school_created_idx').on(t.organizationId, t.schoolId, t.createdAt, t.id),
    index('walks_org_created_idx').on(t.organizationId, t.createdAt, t.id),
  ],
);

/**
 * One classroom visited. No teacher and no class is referenced: the room is what the walker
 * chose to call it (only for their own list), and the tallies are about the look-for. The
 * device's client id makes a resend a no-op and a changed resend a correction.
 */
export const walkRooms = pgTable(
  'walk_rooms',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    walkId: uuid()
      .notNull()
      .references(() => walks.id),
    clientId: uuid().notNull(),
    walkerId: uuid()
      .notNull()
      .references(() => users.id),
    roomLabel: text(),
    gradeBand: text({ enum: WALK_GRADE_BANDS }),
    subject: text({ enum: WALK_SUBJECTS }),
    evidence: text({ enum: WALK_EVIDENCE }).notNull(),
    studentsShowing: integer(),
    studentsObserved: integer(),
    note: text(),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [
    unique('walk_rooms_client').on(t.organizationId, t.walkId, t.clientId),
    index('walk_rooms_org_walk_idx').on(t.organizationId, t.walkId, t.walkerId),
  ],
);
