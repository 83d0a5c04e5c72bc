import type { z } from 'zod';
import type { ActionStepsQuery, SchoolMetricsQuery } from '#core/contracts/coaching';
import { utcDay } from '#core/domain/calendar';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize, found } from '../../platform/authz';
import { metricsPeriod, coachingPolicy as policy } from './coaching.policy';
import { type ActiveCycle, presentActionStep, presentCaseload, presentSchoolMetrics } from './coaching.presenter';
import { coachingRepo as repo } from './coaching.repo';

/** A coach's open cycles by teacher; injected from the cycles module. */
export type ActiveCyclesOf = (organizationId: string, coachId: string) => Promise<Map<string, ActiveCycle>>;

type Deps = {
  db: Db;
  activeCycles?: ActiveCyclesOf;
  /** Injectable so tests can move time. */
  now?: () => Date;
};

/** Enough for any real caseload; the lists are a working view, not an archive. */
const LIST_LIMIT = 100;

export function createCoachingService({ db, activeCycles = async () => new Map(), now = () => new Date() }: Deps) {
  return {
    /** The caller's own caseload: whoever they visit or coach. Everyone may ask; most people have none. */
    async caseload(actor: Actor) {
      const moment = now();
      const today = utcDay(moment);
      const { organizationId, userId } = actor;
      const rows = await repo.caseload(db, organizationId, userId, today);
      const cycles = await activeCycles(organizationId, userId);
      const visited = new Set(rows.map((row) => row.teacher_id));
      const cycleOnlyIds = [...cycles.keys()].filter((id) => !visited.has(id));
      const cycleOnly = await repo.names(db, organizationId, cycleOnlyIds);
      const followUps = await repo.pendingFollowUps(db, organizationId, userId, moment, LIST_LIMIT);
      const upcoming = await repo.upcoming(db, organizationId, userId, LIST_LIMIT);
      return presentCaseload(rows, cycles, cycleOnly, followUps, upcoming, today);
    },

    /** My action steps (as the observed teacher), or those I gave one teacher (as observer). */
    async actionSteps(actor: Actor, query: z.infer<typeof ActionStepsQuery>) {
      const who =
        query.teacherId === undefined || query.teacherId === actor.userId
          ? { teacherId: actor.userId }
          : { teacherId: query.teacherId, observerId: actor.userId };
      const rows = await repo.actionSteps(db, actor.organizationId, who, LIST_LIMIT);
      const today = utcDay(now());
      return { items: rows.map((row) => presentActionStep(row, today)) };
    },

    async schoolMetrics(actor: Actor, schoolId: string, query: z.infer<typeof SchoolMetricsQuery>) {
      authorize(await repo.schoolExists(db, actor.organizationId, schoolId), 'hide');
      authorize(policy.canReadSchoolMetrics(actor, schoolId));
      const period = { ...metricsPeriod(utcDay(now()), query.months), months: query.months };
      const teachers = await repo.schoolTeacherCount(db, actor.organizationId, schoolId);
      const row = found(await repo.schoolMetrics(db, actor.organizationId, schoolId, period.from, period.to));
      const suppressed = policy.isSuppressed(teachers, Number(row.teachers_visited));
      return presentSchoolMetrics(schoolId, period, teachers, suppressed ? null : row);
    },
  };
}
export type CoachingService = ReturnType<typeof createCoachingService>;
