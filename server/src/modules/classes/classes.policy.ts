import { type Actor, hasRole, schoolsWhere } from '../../platform/actor';
import type { ClassScope } from './classes.repo';

export const classesPolicy = {
  /** "mine" is everyone's own classes; the organization view is for admins (all) and leaders (their schools). */
  listScope(actor: Actor, scope: 'mine' | 'organization'): ClassScope | null {
    if (scope === 'mine') return { ownerId: actor.userId };
    if (hasRole(actor, 'district_admin')) return { all: true };
    if (hasRole(actor, 'school_leader')) return { schoolIds: schoolsWhere(actor, 'school_leader') };
    return null;
  },

  canSee(actor: Actor, row: { ownerId: string; schoolId: string | null }) {
    if (row.ownerId === actor.userId || hasRole(actor, 'district_admin')) return true;
    return row.schoolId !== null && schoolsWhere(actor, 'school_leader').includes(row.schoolId);
  },

  /** Teachers and coaches create their own classes; only a district admin creates one for someone else. */
  canCreateFor(actor: Actor, ownerId: string) {
    if (hasRole(actor, 'district_admin')) return true;
    return ownerId === actor.userId && hasRole(actor, 'teacher', 'coach');
  },
};
