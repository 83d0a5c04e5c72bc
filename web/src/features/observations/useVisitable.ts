import type { Me } from '#core/contracts/session';
import { schoolIdsOf } from '../identity/roles';
import { useTeams } from '../organizations/useTeams';
import { useUsers } from '../organizations/useUsers';

export type Visitable = { id: string; name: string; schoolIds: string[] };

/**
 * Whom the signed-in person may schedule a visit to, as the form offers it. Coaches and school
 * leaders pick among the teachers of the district (the server keeps them to their schools);
 * a teacher, who may only make peer visits and cannot list people, picks among teammates.
 */
export function useVisitable(me: Me | null | undefined) {
  const observer = schoolIdsOf(me, 'coach', 'school_leader').length > 0;
  const users = useUsers({ role: 'teacher', status: 'active' }, { limit: 200, enabled: !!me && observer });
  const teams = useTeams(!!me && !observer);

  if (observer) {
    const items: Visitable[] = users.items.map((u) => ({
      id: u.id,
      name: u.name,
      schoolIds: u.roles.filter((r) => r.role === 'teacher' && r.schoolId).map((r) => r.schoolId as string),
    }));
    return { peerOnly: false, items, query: users.query };
  }
  const byId = new Map<string, Visitable>();
  for (const team of teams.items)
    for (const member of team.members) {
      if (member.userId === me?.id) continue;
      const known = byId.get(member.userId) ?? { id: member.userId, name: member.name, schoolIds: [] };
      if (team.schoolId && !known.schoolIds.includes(team.schoolId)) known.schoolIds.push(team.schoolId);
      byId.set(member.userId, known);
    }
  return { peerOnly: true, items: [...byId.values()], query: teams.query };
}
