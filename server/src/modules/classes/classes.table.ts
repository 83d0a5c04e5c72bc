import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../identity/identity.table';
import { schools, tenantId } from '../organizations/organizations.table';

export const classes = pgTable(
  'classes',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    schoolId: uuid().references(() => schools.id),
    ownerId: uuid()
      .notNull()
      .references(() => users.id),
    name: text().notNull(),
    subject: text().notNull(),
    gradeLevel: text().notNull(),
    periodMinutes: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('classes_org_owner_idx').on(t.organizationId, t.ownerId, t.name, t.id),
    index('classes_org_school_idx').on(t.organizationId, t.schoolId),
  ],
);
