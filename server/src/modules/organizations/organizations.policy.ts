import { type Actor, hasRole, schoolsWhere } from '../../platform/actor';

/** Pure answers to "may this actor…?" for schools, people and teams. Tenant checks happen in the repository. */
export const organizationsPolicy = {
  canManageOrganization: (actor: Actor) => hasRole(actor, 'district_admin'),

  /** Admins see everyone; coaches and leaders see the people of their schools; teachers see no directory. */
  peopleScope(actor: Actor): { all: true } | { schoolIds: string[] } | null {
    if (hasRole(actor, 'district_admin')) return { all: true };
    if (hasRole(actor, 'coach', 'school_leader')) return { schoolIds: schoolsWhere(actor, 'coach', 'school_leader') };
    return null;
  },

  canSeePerson(actor: Actor, person: { id: string; schoolIds: (string | null)[] }) {
    if (person.id === actor.userId) return true;
    const scope = organizationsPolicy.peopleScope(actor);
    if (!scope) return false;
    return 'all' in scope || person.schoolIds.some((id) => id !== null && scope.schoolIds.includes(id));
  },

  teamsScope(actor: Actor): { all: true } | { memberId: string; schoolIds: string[] } {
    if (hasRole(actor, 'district_admin')) return { all: true };
    return { memberId: actor.userId, schoolIds: schoolsWhere(actor, 'school_leader') };
  },

  canSeeTeam(actor: Actor, team: { schoolId: string | null; memberIds: string[] }) {
    const scope = organizationsPolicy.teamsScope(actor);
    return (
      'all' in scope ||
      team.memberIds.includes(actor.userId) ||
      (team.schoolId !== null && scope.schoolIds.includes(team.schoolId))
    );
  },

  /** A team's settings (name, type, cadence): whoever manages it, and its own lead. */
  canEditTeam(actor: Actor, team: { schoolId: string | null; members: { userId: string; role: string }[] }) {
    return (
      organizationsPolicy.canManageTeam(actor, team) ||
      team.members.some((m) => m.userId === actor.userId && m.role === 'lead')
    );
  },

  /** Admins manage every team; a school leader manages the teams of their own school. */
  canManageTeam(actor: Actor, team: { schoolId: string | null }) {
    if (hasRole(actor, 'district_admin')) return true;
    return team.schoolId !== null && schoolsWhere(actor, 'school_leader').includes(team.schoolId);
  },
};
