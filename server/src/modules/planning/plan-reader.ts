import type { Db } from '../../db/client';
import { planningPolicy } from './planning.policy';
import { planningRepo } from './planning.repo';

type PlanAccess = { ownerId: string; visibility: 'private' | 'team' | 'coach' };

/** Whether `readerId` may read a plan, by its owner and visibility: the one rule, for every reader. */
export async function mayReadPlan(db: Db, organizationId: string, readerId: string, plan: PlanAccess) {
  if (plan.ownerId === readerId) return true;
  const shared = planningPolicy.sharedWith(plan);
  if (shared === 'coach') return planningRepo.isCoachOf(db, organizationId, readerId, plan.ownerId);
  if (shared === 'team') return planningRepo.shareATeam(db, organizationId, readerId, plan.ownerId);
  return false;
}

/**
 * The same rule for a reader who is not the caller: a coaching cycle shows a linked plan to both
 * of its people only while the coach may read it. Injected, so cycles need not import planning.
 */
export type PlanReader = (organizationId: string, readerId: string, plan: PlanAccess) => Promise<boolean>;

export const planReaderFrom =
  (db: Db): PlanReader =>
  (organizationId, readerId, plan) =>
    mayReadPlan(db, organizationId, readerId, plan);
