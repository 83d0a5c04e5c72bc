import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { type SelfAssessmentHistory, selfAssessments } from './self-assessment.table';

export type SelfAssessmentRow = typeof selfAssessments.$inferSelect;
type Changes = Partial<
  Pick<SelfAssessmentRow, 'answers' | 'notes' | 'status' | 'submittedAt' | 'submittedBy' | 'instrumentVersion'>
> & { history?: SelfAssessmentHistory };

const of = (organizationId: string, schoolYear: string) =>
  and(eq(selfAssessments.organizationId, organizationId), eq(selfAssessments.schoolYear, schoolYear));

/** The only reader and writer of self_assessments; every query filtered by the tenant. */
export const selfAssessmentRepo = {
  async find(db: Executor, organizationId: string, schoolYear: string) {
    const [row] = await db.select().from(selfAssessments).where(of(organizationId, schoolYear));
    return row ?? null;
  },

  /** The row a write depends on, locked until the transaction ends. */
  async findForUpdate(db: Executor, organizationId: string, schoolYear: string) {
    const [row] = await db.select().from(selfAssessments).where(of(organizationId, schoolYear)).for('update');
    return row ?? null;
  },

  async listYears(db: Executor, organizationId: string) {
    return db
      .select()
      .from(selfAssessments)
      .where(eq(selfAssessments.organizationId, organizationId))
      .orderBy(desc(selfAssessments.schoolYear));
  },

  /** A new draft, or nothing when another request made it first (the caller re-reads). */
  async insertDraft(
    db: Executor,
    values: { organizationId: string; schoolYear: string; instrumentVersion: number; updatedBy: string },
  ) {
    await db.insert(selfAssessments).values(values).onConflictDoNothing();
  },

  async update(db: Executor, id: string, organizationId: string, updatedBy: string, changes: Changes) {
    const [row] = await db
      .update(selfAssessments)
      .set({ ...changes, updatedBy, updatedAt: new Date() })
      .where(and(eq(selfAssessments.organizationId, organizationId), eq(selfAssessments.id, id)))
      .returning();
    return row!;
  },
};
