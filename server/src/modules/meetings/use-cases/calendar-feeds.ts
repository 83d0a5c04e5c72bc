import type { Db } from '../../../db/client';
import type { Actor } from '../../../platform/actor';
import { authorize } from '../../../platform/authz';
import { notFound } from '../../../platform/http/problem';
import { hashFeedToken, newFeedToken, renderFeed } from '../calendar-feed';
import { meetingsPolicy as policy } from '../meetings.policy';
import { meetingsRepo as repo, type TeamFacts } from '../meetings.repo';

type Deps = { db: Db; publicUrl: string; visibleTeam: (actor: Actor, teamId: string) => Promise<TeamFacts> };

/** iCalendar subscriptions: a person's meetings, or a team's for one of its members. */
export function createCalendarFeedUseCases({ db, publicUrl, visibleTeam }: Deps) {
  return {
    /** Makes (or rotates) the caller's subscribe URL: their own meetings, or a team's they belong to. */
    async createFeed(actor: Actor, teamId: string | undefined) {
      if (teamId) {
        const team = await visibleTeam(actor, teamId);
        authorize(policy.isMember(actor, team));
      }
      const token = newFeedToken();
      const row = await repo.saveFeed(db, {
        organizationId: actor.organizationId,
        userId: actor.userId,
        teamId: teamId ?? null,
        tokenHash: hashFeedToken(token),
      });
      const kind = teamId ? 'teams' : 'users';
      return {
        scope: teamId ? ('team' as const) : ('user' as const),
        teamId: teamId ?? null,
        url: `${publicUrl}/api/v1/calendar/${kind}/${token}.ics`,
        createdAt: row.createdAt.toISOString(),
      };
    },

    /** The feed behind a token, or 404 (a wrong, rotated or no-longer-valid token looks the same). */
    async feed(kind: 'users' | 'teams', token: string) {
      const feed = await repo.feedByHash(db, hashFeedToken(token.replace(/\.ics$/, '')));
      if (!feed || (kind === 'teams') !== (feed.teamId !== null)) throw notFound();
      const person = await repo.personForFeed(db, feed.organizationId, feed.userId);
      if (!person || person.status === 'deactivated') throw notFound();
      const since = new Date(Date.now() - 90 * 86_400_000);
      if (feed.teamId) {
        const team = await repo.team(db, feed.organizationId, feed.teamId);
        // Leaving the team ends the subscription.
        if (!team?.members.some((m) => m.userId === feed.userId)) throw notFound();
        const meetings = await repo.feedMeetings(db, feed.organizationId, { teamId: feed.teamId }, since);
        return renderFeed({ name: team.name, publicUrl, locale: person.locale, meetings });
      }
      const meetings = await repo.feedMeetings(db, feed.organizationId, { attendeeId: feed.userId }, since);
      return renderFeed({ name: `Conecta — ${person.name}`, publicUrl, locale: person.locale, meetings });
    },
  };
}
