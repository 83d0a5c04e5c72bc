import { type Actor, hasRole } from '../../platform/actor';

/**
 * Plans belong to their teacher (PRODUCT.md principle 2). Sharing is the teacher's choice:
 * `coach` adds the coaches of the teacher's school, `team` adds the teacher's teammates. A school
 * leader or district admin gets nothing from their role alone.
 */
export const planningPolicy = {
  canCreate: (actor: Actor) => hasRole(actor, 'teacher', 'coach'),
  canEdit: (actor: Actor, plan: { ownerId: string }) => plan.ownerId === actor.userId,
  /** Which relationship a reader needs beyond ownership; null: only the owner may read. */
  sharedWith: (plan: { visibility: 'private' | 'team' | 'coach' }) =>
    plan.visibility === 'private' ? null : plan.visibility,
};
