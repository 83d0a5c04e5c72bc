import type { Db } from '../../db/client';
import { observationsRepo as repo } from './observations.repo';

/**
 * Whether `userId` observes (or will observe) a visit to which the observed teacher attached
 * `planId`: attaching the plan is how a teacher shows the observer the lesson as planned. For
 * planning, injected so it does not import this module's internals.
 */
export type ObserverOfPlan = (organizationId: string, userId: string, planId: string) => Promise<boolean>;

export const observerOfPlanFrom =
  (db: Db): ObserverOfPlan =>
  (organizationId, userId, planId) =>
    repo.observesPlan(db, organizationId, userId, planId);
