import { useMe } from '../identity/useMe';
import { useTeams } from '../organizations/useTeams';

/** The teams the reader is a member of: the only ones whose units and student work they may use. */
export function useMyTeams() {
  const me = useMe().data;
  const { items, query } = useTeams(Boolean(me));
  const teams = items
    .filter((team) => team.members.some((member) => member.userId === me?.id))
    .map((team) => ({ id: team.id, name: team.name }));
  return { teams, query };
}
