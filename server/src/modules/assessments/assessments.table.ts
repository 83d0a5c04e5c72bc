import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { classes } from '../classes/classes.table';
import { users } from '../identity/identity.table';
import { schools, tenantId } from '../organizations/organizations.table';

const at = () => timestamp({ withTimezone: true, precision: 3 });

/** One uploaded file of class-level results (Guskey level 5); the same file again reuses its row. */
export const assessmentImports = pgTable(
  'assessment_imports',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    importedBy: uuid()
      .notNull()
      .references(() => users.id),
    fileName: text().notNull(),
    /** SHA-256 of the file's bytes: a re-import of the same file is recognised, not duplicated. */
    contentHash: text().notNull(),
    /** The schools the file speaks about: who may see and delete the import follows from them. */
    schoolIds: jsonb().$type<string[]>().notNull(),
    firstDate: date({ mode: 'string' }).notNull(),
    lastDate: date({ mode: 'string' }).notNull(),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [
    unique('assessment_imports_hash').on(t.organizationId, t.contentHash),
    index('assessment_imports_org_created_idx').on(t.organizationId, t.createdAt, t.id),
  ],
);

/**
 * One class (or grade, when no section is given) of one school on one administration of one
 * assessment: counts only, never a student. The natural key makes a corrected file replace the
 * results it repeats, whichever import they came from.
 */
export const assessmentResults = pgTable(
  'assessment_results',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: tenantId(),
    importId: uuid()
      .notNull()
      .references(() => assessmentImports.id, { onDelete: 'cascade' }),
    schoolId: uuid()
      .notNull()
      .references(() => schools.id),
    /** Our class when SectionIdentifier named one of the school's classes. */
    classId: uuid().references(() => classes.id, { onDelete: 'set null' }),
    schoolYear: smallint().notNull(),
    localCourseCode: text(),
    sectionIdentifier: text(),
    assessmentIdentifier: text().notNull(),
    assessmentTitle: text(),
    subject: text().notNull(),
    gradeLevel: text().notNull(),
    administrationDate: date({ mode: 'string' }).notNull(),
    numberTested: integer().notNull(),
    numberProficient: integer().notNull(),
    averageScore: real(),
  },
  (t) => [
    unique('assessment_results_natural_key')
      .on(
        t.organizationId,
        t.schoolId,
        t.assessmentIdentifier,
        t.administrationDate,
        t.gradeLevel,
        t.sectionIdentifier,
        t.localCourseCode,
      )
      .nullsNotDistinct(),
    index('assessment_results_org_date_idx').on(t.organizationId, t.administrationDate, t.schoolId),
    index('assessment_results_org_import_idx').on(t.organizationId, t.importId),
  ],
);
