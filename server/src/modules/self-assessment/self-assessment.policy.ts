import { type Actor, hasRole } from '../../platform/actor';

/**
 * The district answers its own self-assessment: district admins edit, submit and reopen it;
 * school leaders read it and its results. Teachers, coaches and facilitators have no part in it.
 */
export const selfAssessmentPolicy = {
  canEdit: (actor: Actor) => hasRole(actor, 'district_admin'),
  canRead: (actor: Actor) => hasRole(actor, 'district_admin', 'school_leader'),
};
