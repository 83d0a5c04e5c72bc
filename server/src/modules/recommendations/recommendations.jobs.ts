import { isoWeekLabel, utcDay } from '#core/domain/calendar';
import type { Db } from '../../db/client';
import { type JobHandler, mondaysAt, type Schedule } from '../../platform/jobs';
import type { Notify } from '../notifications';
import type { PeopleInRoles } from '../organizations';
import type { createRecommendationsService } from './recommendations.service';

export const RECOMMENDATION_JOBS = { weekly: 'recommendations.weekly' } as const;
/** Monday 08:00 UTC, an hour after the communities digest: ideas waiting when the week's planning starts. */
export const WEEKLY_HOUR_UTC = 8;
const BATCH = 200;

type Service = Pick<ReturnType<typeof createRecommendationsService>, 'forDigest'>;

/**
 * The weekly "three ideas" (issue 6: just in time, and in a weekly digest): each active teacher and
 * coach gets one notification with this week's top three and the strongest reason, by their email
 * preference. The dedupe key names the ISO week, so a second pass or a second instance tells nobody twice.
 */
export function createWeeklyRecommendations(db: Db, people: PeopleInRoles, service: Service, notify: Notify) {
  return async function send(now: Date): Promise<string[]> {
    const week = isoWeekLabel(utcDay(now));
    const mailIds: string[] = [];
    let after: { organizationId: string; userId: string } | null = null;
    for (;;) {
      const page = await people(['teacher', 'coach'], after, BATCH);
      for (const person of page) {
        const items = await service.forDigest(person, person.locale);
        if (items.length === 0) continue;
        const { mailId } = await db.transaction((tx) =>
          notify(tx, {
            organizationId: person.organizationId,
            userId: person.userId,
            kind: 'recommendations.weekly',
            params: {
              titles: items.map((item) => item.title).join(' · '),
              reason: items[0]!.reasons[0]?.text ?? '',
            },
            link: '/',
            dedupeKey: `recommendations.weekly:${week}:${person.userId}`,
          }),
        );
        if (mailId) mailIds.push(mailId);
      }
      if (page.length < BATCH) return mailIds;
      after = page[page.length - 1]!;
    }
  };
}

export function recommendationJobs(
  db: Db,
  people: PeopleInRoles,
  service: Service,
  notifications: { notify: Notify; deliver: (ids: string[], at: Date) => Promise<unknown> },
): { handlers: Record<string, JobHandler>; schedules: Schedule[] } {
  const send = createWeeklyRecommendations(db, people, service, notifications.notify);
  return {
    handlers: {
      [RECOMMENDATION_JOBS.weekly]: async (_payload, { now }) => {
        await notifications.deliver(await send(now), now);
      },
    },
    schedules: [mondaysAt(RECOMMENDATION_JOBS.weekly, WEEKLY_HOUR_UTC)],
  };
}
