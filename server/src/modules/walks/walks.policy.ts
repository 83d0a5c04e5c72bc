import { type Actor, hasRole, schoolsWhere } from '../../platform/actor';
import type { WalkScope } from './walks.repo';

type WalkLike = { schoolId: string; status: 'open' | 'closed' };

/**
 * Learning walks belong to a school's instructional leadership: its school leaders and coaches
 * start them, walk together (any of them may record rooms into an open walk) and close them.
 * District admins read every report of the district but do not walk. A school's teachers learn
 * that a walk happened and its school-level pattern once it is closed — never the rooms.
 */
export const walksPolicy = {
  walksAt: (actor: Actor) => schoolsWhere(actor, 'school_leader', 'coach'),

  canStart: (actor: Actor, schoolId: string) => walksPolicy.walksAt(actor).includes(schoolId),

  /** Leaders and coaches of its school, while it is open. */
  canCapture: (actor: Actor, walk: WalkLike) => walk.status === 'open' && walksPolicy.isWalker(actor, walk),

  isWalker: (actor: Actor, walk: WalkLike) => walksPolicy.walksAt(actor).includes(walk.schoolId),

  canReadReport: (actor: Actor, walk: WalkLike) =>
    hasRole(actor, 'district_admin') || walksPolicy.isWalker(actor, walk),

  /** Teachers of the school see the summary once the walk is closed. */
  canSeeSummary: (actor: Actor, walk: WalkLike) =>
    walksPolicy.canReadReport(actor, walk) ||
    (walk.status === 'closed' && schoolsWhere(actor, 'teacher').includes(walk.schoolId)),

  listScope(actor: Actor): WalkScope {
    if (hasRole(actor, 'district_admin')) return { anywhere: true };
    return { anywhere: false, allOf: walksPolicy.walksAt(actor), closedOf: schoolsWhere(actor, 'teacher') };
  },
};
