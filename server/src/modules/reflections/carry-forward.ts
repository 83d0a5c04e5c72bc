import type { Db } from '../../db/client';
import { reflectionsRepo } from './reflections.repo';

/** "What did I decide to change next time?" for a teacher's class — what `carry-forward.unaddressed` checks. */
export type CarryForward = (
  organizationId: string,
  teacherId: string,
  classId: string,
  exceptPlanId?: string,
) => Promise<string | null>;

export const carryForwardFrom =
  (db: Db): CarryForward =>
  (organizationId, teacherId, classId, exceptPlanId) =>
    reflectionsRepo.latestNextTime(db, organizationId, teacherId, classId, exceptPlanId);
