import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { observations } from './observations.table';

/**
 * Whether `userId` observes (or will observe) a visit to which the observed teacher attached
 * `planId`: attaching the plan is how a teacher shows the observer the lesson as planned. For
 * planning, injected so it does not import this module's internals.
 */
export type ObserverOfPlan = (organizationId: string, userId: string, planId: string) => Promise<boolean>;

export const observerOfPlanFrom =
  (db: Db): ObserverOfPlan =>
  async (organizationId, userId, planId) => {
    const [row] = await db
      .select({ one: sql<number>`1` })
      .from(observations)
      .where(
        and(
          eq(observations.organizationId, organizationId),
          eq(observations.observerId, userId),
          eq(observations.planId, planId),
          ne(observations.status, 'cancelled'),
        ),
      )
      .limit(1);
    return row !== undefined;
  };
