import { MIN_GROUP_SIZE } from '#core/contracts/coaching';
import { type Actor, hasRole, schoolsWhere } from '../../platform/actor';

/**
 * The coaching views: a caseload and action steps are the caller's own; a school's counts are
 * for its leaders and the district's admins, and only when the group is big enough that no
 * figure points at one teacher.
 */
export const coachingPolicy = {
  canReadSchoolMetrics: (actor: Actor, schoolId: string) =>
    hasRole(actor, 'district_admin') || schoolsWhere(actor, 'school_leader').includes(schoolId),

  /** Fewer than five teachers visited (or teaching there): every figure would be about a few people. */
  isSuppressed: (teachersAtSchool: number, teachersVisited: number) =>
    teachersAtSchool < MIN_GROUP_SIZE || teachersVisited < MIN_GROUP_SIZE,
};
