import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { lessonPlans } from './planning.table';

/** A lesson plan as other modules may count it: its id and owner, nothing of its content. */
export type CreatedPlan = { id: string; ownerId: string };

/**
 * The lesson plans a district created over a span of days (both ends included), for modules that
 * count planning without reading its table (the units module's "plans made from a unit").
 */
export type PlansCreatedIn = (organizationId: string, span: { from: string; to: string }) => Promise<CreatedPlan[]>;

export const plansCreatedInFrom =
  (db: Db): PlansCreatedIn =>
  async (organizationId, span) =>
    db
      .select({ id: lessonPlans.id, ownerId: lessonPlans.ownerId })
      .from(lessonPlans)
      .where(
        and(
          eq(lessonPlans.organizationId, organizationId),
          gte(lessonPlans.createdAt, sql`${span.from}::date`),
          lt(lessonPlans.createdAt, sql`(${span.to}::date + 1)`),
        ),
      );
