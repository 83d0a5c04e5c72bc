import type { z } from 'zod';
import type { ActionStepsQuery, SchoolMetricsQuery } from '#core/contracts/coaching';
import { utcDay } from '#core/domain/calendar';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize, found } from '../../platform/authz';
import { coachingPolicy as policy } from './coaching.policy';
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

/** The first day of the month `months - 1` months before `today`'s month, and today (YYYY-MM-DD, UTC). */
function metricsPeriod(today: string, months: number) {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(year, month - 1 - (months - 1), 1));
  return { from: utcDay(start), to: today };
}

/** Enough for any real caseload; the lists are a working view, not an archive. */
const LIST_LIMIT = 100;

export function createCoachingService({ db, activeCycles = async () => new Map(), now = () => new Date() }: Deps) {
  return {
    /** The caller's own caseload: whoever they visit or coach. Everyone may ask; most people have none. */
    async caseload(actor: Actor) {
      const moment = now();
      const today = utcDay(moment);
      const { organizationId, userId } = actor;
      // Independent reads: on PostgreSQL they run side by side on the pool (PGlite queues them).
      const [rows, cycles, followUps, upcoming] = await Promise.all([
        repo.caseload(db, organizationId, userId, today),
        activeCycles(organizationId, userId),
        repo.pendingFollowUps(db, organizationId, userId, moment, LIST_LIMIT),
        repo.upcoming(db, organizationId, userId, LIST_LIMIT),
      ]);
      const visited = new Set(rows.map((row) => row.teacher_id));
      const cycleOnlyIds = [...cycles.keys()].filter((id) => !visited.has(id));
      const cycleOnly = await repo.names(db, organizationId, cycleOnlyIds);
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
