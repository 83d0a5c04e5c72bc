import { and, asc, desc, eq, gte, inArray, lte, ne, notExists, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { classes, schools, users } from '../../db/schema';
import { isId } from '../../platform/ids';
import { assessmentImports, assessmentResults } from './assessments.table';

export type ImportRow = typeof assessmentImports.$inferSelect;
export type ImportListRow = ImportRow & { importedByName: string; rowCount: number };
export type ResultValues = Omit<typeof assessmentResults.$inferInsert, 'id'>;
export type ResultsFilter = { from: string; to: string; schoolIds?: string[]; subjects?: string[] };

const CHUNK = 1000;

const liveRows = sql<number>`(select count(*)::int from assessment_results r
  where r.organization_id = assessment_imports.organization_id and r.import_id = assessment_imports.id)`;

export const assessmentsRepo = {
  /** The district's schools with the ids a file may use for them. */
  schools(db: Executor, organizationId: string) {
    return db
      .select({ id: schools.id, externalId: schools.externalId, name: schools.name })
      .from(schools)
      .where(eq(schools.organizationId, organizationId))
      .orderBy(asc(schools.name));
  },

  /** Which of these ids are classes of the given schools (SectionIdentifier holding our class id). */
  async classesOf(db: Executor, organizationId: string, classIds: string[]) {
    const ids = [...new Set(classIds.filter(isId))];
    if (ids.length === 0) return [];
    return db
      .select({ id: classes.id, schoolId: classes.schoolId })
      .from(classes)
      .where(and(eq(classes.organizationId, organizationId), inArray(classes.id, ids)));
  },

  async findByHash(db: Executor, organizationId: string, contentHash: string) {
    const [row] = await db
      .select()
      .from(assessmentImports)
      .where(and(eq(assessmentImports.organizationId, organizationId), eq(assessmentImports.contentHash, contentHash)));
    return row ?? null;
  },

  async insertImport(db: Executor, values: typeof assessmentImports.$inferInsert) {
    const [row] = await db.insert(assessmentImports).values(values).returning();
    return row as ImportRow;
  },

  /** Inserts or, on the natural key, replaces results (moving them to this import). */
  async upsertResults(db: Executor, rows: ResultValues[]) {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await db
        .insert(assessmentResults)
        .values(rows.slice(i, i + CHUNK))
        .onConflictDoUpdate({
          target: [
            assessmentResults.organizationId,
            assessmentResults.schoolId,
            assessmentResults.assessmentIdentifier,
            assessmentResults.administrationDate,
            assessmentResults.gradeLevel,
            assessmentResults.sectionIdentifier,
            assessmentResults.localCourseCode,
          ],
          set: {
            importId: sql`excluded.import_id`,
            classId: sql`excluded.class_id`,
            schoolYear: sql`excluded.school_year`,
            assessmentTitle: sql`excluded.assessment_title`,
            subject: sql`excluded.subject`,
            numberTested: sql`excluded.number_tested`,
            numberProficient: sql`excluded.number_proficient`,
            averageScore: sql`excluded.average_score`,
          },
        });
    }
  },

  /** Imports whose every result a later file replaced: nothing of them is left to show or delete. */
  async dropEmptyImports(db: Executor, organizationId: string, keep: string) {
    await db.delete(assessmentImports).where(
      and(
        eq(assessmentImports.organizationId, organizationId),
        ne(assessmentImports.id, keep),
        notExists(
          db
            .select({ one: sql`1` })
            .from(assessmentResults)
            .where(
              and(
                eq(assessmentResults.organizationId, organizationId),
                eq(assessmentResults.importId, assessmentImports.id),
              ),
            ),
        ),
      ),
    );
  },

  async list(db: Executor, organizationId: string): Promise<ImportListRow[]> {
    const rows = await db
      .select({ row: assessmentImports, importedByName: users.name, rowCount: liveRows })
      .from(assessmentImports)
      .innerJoin(users, eq(users.id, assessmentImports.importedBy))
      .where(eq(assessmentImports.organizationId, organizationId))
      .orderBy(desc(assessmentImports.createdAt), desc(assessmentImports.id))
      .limit(500);
    return rows.map(({ row, importedByName, rowCount }) => ({ ...row, importedByName, rowCount: Number(rowCount) }));
  },

  async find(db: Executor, organizationId: string, id: string): Promise<ImportListRow | null> {
    if (!isId(id)) return null;
    const [found] = await db
      .select({ row: assessmentImports, importedByName: users.name, rowCount: liveRows })
      .from(assessmentImports)
      .innerJoin(users, eq(users.id, assessmentImports.importedBy))
      .where(and(eq(assessmentImports.organizationId, organizationId), eq(assessmentImports.id, id)));
    return found ? { ...found.row, importedByName: found.importedByName, rowCount: Number(found.rowCount) } : null;
  },

  async remove(db: Executor, organizationId: string, id: string) {
    await db
      .delete(assessmentResults)
      .where(and(eq(assessmentResults.organizationId, organizationId), eq(assessmentResults.importId, id)));
    await db
      .delete(assessmentImports)
      .where(and(eq(assessmentImports.organizationId, organizationId), eq(assessmentImports.id, id)));
  },

  /** Results in a date range, with the teacher who owns the matched class. */
  results(db: Executor, organizationId: string, filter: ResultsFilter) {
    const conditions = [
      eq(assessmentResults.organizationId, organizationId),
      gte(assessmentResults.administrationDate, filter.from),
      lte(assessmentResults.administrationDate, filter.to),
    ];
    if (filter.schoolIds) conditions.push(inArray(assessmentResults.schoolId, filter.schoolIds.filter(isId)));
    if (filter.subjects) conditions.push(inArray(assessmentResults.subject, filter.subjects));
    return db
      .select({
        schoolId: assessmentResults.schoolId,
        classId: assessmentResults.classId,
        teacherId: classes.ownerId,
        subject: assessmentResults.subject,
        gradeLevel: assessmentResults.gradeLevel,
        assessmentIdentifier: assessmentResults.assessmentIdentifier,
        administrationDate: assessmentResults.administrationDate,
        numberTested: assessmentResults.numberTested,
        numberProficient: assessmentResults.numberProficient,
        averageScore: assessmentResults.averageScore,
      })
      .from(assessmentResults)
      .leftJoin(
        classes,
        and(eq(classes.organizationId, assessmentResults.organizationId), eq(classes.id, assessmentResults.classId)),
      )
      .where(and(...conditions))
      .orderBy(asc(assessmentResults.administrationDate), asc(assessmentResults.schoolId), asc(assessmentResults.id));
  },
};
