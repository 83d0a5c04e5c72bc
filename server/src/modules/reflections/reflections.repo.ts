import { and, desc, eq, isNotNull, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { reflections } from './reflections.table';

export const reflectionsRepo = {
  async create(db: Executor, values: typeof reflections.$inferInsert) {
    const [row] = await db.insert(reflections).values(values).returning();
    return row!;
  },

  async listForPlan(db: Executor, organizationId: string, planId: string) {
    return db
      .select()
      .from(reflections)
      .where(and(eq(reflections.organizationId, organizationId), eq(reflections.planId, planId)))
      .orderBy(desc(reflections.createdAt));
  },

  /** The latest "next time" the teacher wrote for this class (optionally ignoring one plan's own reflections). */
  async latestNextTime(db: Executor, organizationId: string, authorId: string, classId: string, exceptPlanId?: string) {
    const [row] = await db
      .select({ nextTime: reflections.nextTime })
      .from(reflections)
      .where(
        and(
          eq(reflections.organizationId, organizationId),
          eq(reflections.authorId, authorId),
          eq(reflections.classId, classId),
          isNotNull(reflections.nextTime),
          ne(reflections.nextTime, ''),
          exceptPlanId ? ne(reflections.planId, exceptPlanId) : undefined,
        ),
      )
      .orderBy(desc(reflections.createdAt))
      .limit(1);
    return row?.nextTime ?? null;
  },
};
