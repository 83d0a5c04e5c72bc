import type { Db } from '../../db/client';
import { reflectionsRepo } from './reflections.repo';

/**
 * "What did I decide to change next time?" for a teacher's class — what `carry-forward.unaddressed`
 * checks. Pass the plan's date as `beforeDate` so a plan is compared with the reflection on the
 * latest earlier lesson, not with one on a lesson taught after it; an undated plan gets the newest.
 */
export type CarryForward = (
  organizationId: string,
  teacherId: string,
  classId: string,
  exceptPlanId?: string,
  beforeDate?: string | null,
) => Promise<string | null>;

export const carryForwardFrom =
  (db: Db): CarryForward =>
  (organizationId, teacherId, classId, exceptPlanId, beforeDate) =>
    reflectionsRepo.latestNextTime(db, organizationId, teacherId, classId, exceptPlanId, beforeDate);
