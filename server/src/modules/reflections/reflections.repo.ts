import { and, desc, eq, isNotNull, lt, ne } from 'drizzle-orm';
import { isCalendarDate } from '#core/domain/calendar';
import type { Executor } from '../../db/client';
import { isId } from '../../platform/ids';
import { lessonPlans } from '../planning/planning.table';
import { reflections } from './reflections.table';

export const reflectionsRepo = {
  async create(db: Executor, values: typeof reflections.$inferInsert) {
    const [row] = await db.insert(reflections).values(values).returning();
    return row!;
  },

  /** A reflection with its lesson's title (for a community snapshot); null when not in the tenant. */
  async findWithPlanTitle(db: Executor, organizationId: string, id: string) {
    if (!isId(id)) return null;
    const [row] = await db
      .select({ reflection: reflections, planTitle: lessonPlans.title })
      .from(reflections)
      .innerJoin(lessonPlans, eq(lessonPlans.id, reflections.planId))
      .where(and(eq(reflections.organizationId, organizationId), eq(reflections.id, id)));
    return row ?? null;
  },

  async listForPlan(db: Executor, organizationId: string, planId: string) {
    return db
      .select()
      .from(reflections)
      .where(and(eq(reflections.organizationId, organizationId), eq(reflections.planId, planId)))
      .orderBy(desc(reflections.createdAt));
  },

  /**
   * The latest "next time" the teacher wrote for this class (optionally ignoring one plan's own
   * reflections). With `beforeDate` (the plan's date, YYYY-MM-DD) it is the one from the latest
   * earlier lesson: only reflections on plans dated before it count, newest lesson date first,
   * then newest reflection. Without it, simply the newest reflection.
   */
  async latestNextTime(
    db: Executor,
    organizationId: string,
    authorId: string,
    classId: string,
    exceptPlanId?: string,
    beforeDate?: string | null,
  ) {
    const where = and(
      eq(reflections.organizationId, organizationId),
      eq(reflections.authorId, authorId),
      eq(reflections.classId, classId),
      isNotNull(reflections.nextTime),
      ne(reflections.nextTime, ''),
      exceptPlanId ? ne(reflections.planId, exceptPlanId) : undefined,
    );
    // A date that is no calendar day (the stateless analysis accepts "2026-02-30") is no date.
    if (!isCalendarDate(beforeDate)) {
      const [row] = await db
        .select({ nextTime: reflections.nextTime })
        .from(reflections)
        .where(where)
        .orderBy(desc(reflections.createdAt))
        .limit(1);
      return row?.nextTime ?? null;
    }
    const [row] = await db
      .select({ nextTime: reflections.nextTime })
      .from(reflections)
      .innerJoin(
        lessonPlans,
        and(eq(lessonPlans.organizationId, reflections.organizationId), eq(lessonPlans.id, reflections.planId)),
      )
      // An undated lesson cannot be placed before this one, so it does not count.
      .where(and(where, lt(lessonPlans.date, beforeDate)))
      .orderBy(desc(lessonPlans.date), desc(reflections.createdAt))
      .limit(1);
    return row?.nextTime ?? null;
  },

  /** An author's latest reflections' analysis (label and indicator ids), newest first. */
  async recentAnalyses(db: Executor, organizationId: string, authorId: string, limit: number) {
    return db
      .select({ label: reflections.label, indicators: reflections.indicators, createdAt: reflections.createdAt })
      .from(reflections)
      .where(and(eq(reflections.organizationId, organizationId), eq(reflections.authorId, authorId)))
      .orderBy(desc(reflections.createdAt))
      .limit(limit);
  },
};
