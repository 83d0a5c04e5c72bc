import { type Actor, hasRole, schoolsWhere } from '../../platform/actor';

/**
 * Student outcomes (Guskey level 5) are imported by the district's admins for any school, and by a
 * school's leaders for their own school. An import is seen and deleted by whoever could have made
 * it: district admins, and leaders of every school the file speaks about.
 */
export const assessmentsPolicy = {
  isDistrictAdmin: (actor: Actor) => hasRole(actor, 'district_admin'),

  leaderOf: (actor: Actor) => schoolsWhere(actor, 'school_leader'),

  canImport: (actor: Actor) => assessmentsPolicy.isDistrictAdmin(actor) || assessmentsPolicy.leaderOf(actor).length > 0,

  canImportFor: (actor: Actor, schoolId: string) =>
    assessmentsPolicy.isDistrictAdmin(actor) || assessmentsPolicy.leaderOf(actor).includes(schoolId),

  canManage: (actor: Actor, imported: { schoolIds: string[] }) =>
    assessmentsPolicy.isDistrictAdmin(actor) ||
    (imported.schoolIds.length > 0 && imported.schoolIds.every((id) => assessmentsPolicy.leaderOf(actor).includes(id))),
};
