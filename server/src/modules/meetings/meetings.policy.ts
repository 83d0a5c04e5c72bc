import { type Actor, hasRole, schoolsWhere } from '../../platform/actor';

type Team = { schoolId: string | null; members: { userId: string; role: 'member' | 'lead' }[] };
type Meeting = { facilitatorId: string };

/**
 * Who sees a team's meetings (docs/api.md "Meetings"):
 * - the team's members see everything: protocol, attendance, artefacts, everyone's notes,
 *   decisions and action items; any member may schedule a meeting, write their own notes, record
 *   decisions and give action items to a member;
 * - the meeting's facilitator and the team's lead run it (steps, attendance, end);
 * - a district admin, and a school leader of the team's school, who are not members, see the
 *   metadata only — when it met, with which protocol, who came, the minutes per week — never what
 *   was said or decided (the team's talk stays the team's, so it stays honest);
 * - everyone else, and every other tenant, gets 404.
 */
export const meetingsPolicy = {
  isMember: (actor: Actor, team: Team) => team.members.some((m) => m.userId === actor.userId),
  isLead: (actor: Actor, team: Team) => team.members.some((m) => m.userId === actor.userId && m.role === 'lead'),

  /** Sees the team's meetings at least as metadata. */
  overseesTeam: (actor: Actor, team: Team) =>
    hasRole(actor, 'district_admin') ||
    (team.schoolId !== null && schoolsWhere(actor, 'school_leader').includes(team.schoolId)),

  canSeeMeetings: (actor: Actor, team: Team) =>
    meetingsPolicy.isMember(actor, team) || meetingsPolicy.overseesTeam(actor, team),
  canSeeWork: (actor: Actor, team: Team) => meetingsPolicy.isMember(actor, team),
  canSchedule: (actor: Actor, team: Team) => meetingsPolicy.isMember(actor, team),
  canRun: (actor: Actor, team: Team, meeting: Meeting) =>
    meeting.facilitatorId === actor.userId || meetingsPolicy.isLead(actor, team),

  /** A district adds protocols for its teams: its admins and its coaches (who usually facilitate). */
  canAddProtocol: (actor: Actor) => hasRole(actor, 'district_admin', 'coach'),

  /** Only the owner ticks off their own commitment. */
  canUpdateActionItem: (actor: Actor, item: { ownerId: string }) => item.ownerId === actor.userId,
};
