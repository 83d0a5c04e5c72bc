import { type Actor, hasRole } from '../../platform/actor';

/**
 * Team content belongs to the team (issue 5): its members read and edit units, post and score
 * student work; to everyone else — a school leader included — it does not exist (404).
 * Comments follow the target: whoever may read a plan or unit may comment on it.
 */
export const unitsPolicy = {
  canUseTeamContent: (membership: { member: boolean }) => membership.member,
  /** Planning a lesson makes a plan, which only teachers and coaches write (planning's rule). */
  canPlanFromUnit: (actor: Actor) => hasRole(actor, 'teacher', 'coach'),
  /** A sample is removed by the person who uploaded it. */
  canDeleteSample: (actor: Actor, sample: { uploadedBy: string }) => sample.uploadedBy === actor.userId,
};
