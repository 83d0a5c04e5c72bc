import type { z } from 'zod';
import { COLLABORATION_BENCHMARK_MINUTES, collaborationMinutes } from '#core/collaboration/minutes';
import type { CollaborationMinutesQuery } from '#core/contracts/meetings';
import { addDays, mondayOf, utcDay } from '#core/domain/calendar';
import type { Db } from '../../../db/client';
import type { Actor } from '../../../platform/actor';
import { unprocessable } from '../../../platform/http/problem';
import { meetingsRepo as repo } from '../meetings.repo';

type Deps = { db: Db; visibleTeam: (actor: Actor, teamId: string) => Promise<unknown> };

/** Minutes held per ISO week and the longest block (PEDAGOGY.md §5), from ended meetings only. */
export function createMinutesUseCases({ db, visibleTeam }: Deps) {
  return {
    async collaborationMinutes(actor: Actor, teamId: string, query: z.infer<typeof CollaborationMinutesQuery>) {
      await visibleTeam(actor, teamId);
      const to = query.to ?? utcDay(new Date());
      const from = query.from ?? addDays(mondayOf(to), -7 * 7);
      if (from > to)
        throw unprocessable('The start comes after the end.', [{ path: 'from', message: 'Choose an earlier date.' }]);
      if (addDays(from, 7 * 53) < to)
        throw unprocessable('Ask for at most a year at a time.', [{ path: 'from', message: 'At most 53 weeks.' }]);
      const rows = await repo.held(
        db,
        actor.organizationId,
        teamId,
        new Date(`${mondayOf(from)}T00:00:00Z`),
        new Date(`${addDays(mondayOf(to), 7)}T00:00:00Z`),
      );
      const held = rows.flatMap((r) => (r.startedAt && r.endedAt ? [{ start: r.startedAt, end: r.endedAt }] : []));
      return {
        teamId,
        benchmarkMinutes: COLLABORATION_BENCHMARK_MINUTES,
        from,
        to,
        weeks: collaborationMinutes(held, from, to),
      };
    },
  };
}
