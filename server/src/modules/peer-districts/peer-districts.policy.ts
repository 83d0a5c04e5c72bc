import { type Actor, hasRole } from '../../platform/actor';

/**
 * Districts like yours (adr/0008). The context and the opt-in are the district's decision: only its
 * admins read and change them. The comparison is a district-level view: admins and school leaders
 * (who plan their school's professional learning against it) read it; coaches, teachers and
 * facilitators do not — it is about the district, not their work. Nobody ever reads another
 * district's profile or snapshot: there is no route for it.
 */
export const peerDistrictsPolicy = {
  mayManageProfile: (actor: Actor) => hasRole(actor, 'district_admin'),
  mayReadComparison: (actor: Actor) => hasRole(actor, 'district_admin', 'school_leader'),
};
