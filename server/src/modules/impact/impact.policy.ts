import { type Actor, hasRole, schoolsWhere } from '../../platform/actor';

type Scope = { allSchools: boolean; schoolIds: string[]; teamIds: string[] };

/**
 * Initiatives are the district's: its admins write them and read every dashboard; a school leader
 * reads those whose scope reaches their school, with the dashboard kept to their own schools;
 * teachers and coaches see the initiatives that include them (to know what their pulse is about),
 * never a dashboard. Anyone else gets 404: whether an initiative exists is not theirs to know.
 */
export const impactPolicy = {
  mayManage: (actor: Actor) => hasRole(actor, 'district_admin'),

  /** `teamSchools`: the schools of the scope's teams. */
  leaderSchoolsInScope(actor: Actor, scope: Scope, teamSchools: string[]): string[] {
    const mine = schoolsWhere(actor, 'school_leader');
    if (scope.allSchools) return mine;
    const reached = new Set([...scope.schoolIds, ...teamSchools]);
    return mine.filter((school) => reached.has(school));
  },

  /** Whether a teacher or coach is included: their school in scope, or one of their teams. */
  includes(actor: Actor, scope: Scope, myTeams: string[]): boolean {
    const mySchools = schoolsWhere(actor, 'teacher', 'coach');
    if (mySchools.length === 0 && myTeams.length === 0) return false;
    if (scope.allSchools) return true;
    return mySchools.some((s) => scope.schoolIds.includes(s)) || myTeams.some((t) => scope.teamIds.includes(t));
  },

  mayAnswerPulses: (actor: Actor) => hasRole(actor, 'teacher', 'coach'),
};
