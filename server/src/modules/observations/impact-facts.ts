import { and, eq, gt, inArray, ne, or } from 'drizzle-orm';
import { type SourceFact, type SourceReader, touchedWeeks, weekOf, withinTouched } from '#core/impact/index';
import type { Db } from '../../db/client';
import { classes } from '../../db/schema';
import { observationFeedback, observationFollowUps, observations } from './observations.table';

const DAY_MS = 86_400_000;

/**
 * Impact's facts from visits (injected), all in the week the visit was scheduled: coaching load
 * (the observer), follow-up rate and delay and action steps done (the teacher: L3 and L4), and
 * look-fors seen per visit for each of its focus practices (L4, per practice). Evaluative visits
 * count for load only: their content stays out of growth analytics.
 */
export const followUpFactsFrom =
  (db: Db): SourceReader =>
  async (organizationId, since) => {
    const org = eq(observations.organizationId, organizationId);
    const changed = await db
      .select({ teacherId: observations.teacherId, observerId: observations.observerId, at: observations.scheduledAt })
      .from(observations)
      .leftJoin(
        observationFollowUps,
        and(
          eq(observationFollowUps.organizationId, organizationId),
          eq(observationFollowUps.observationId, observations.id),
        ),
      )
      .leftJoin(
        observationFeedback,
        and(
          eq(observationFeedback.organizationId, organizationId),
          eq(observationFeedback.observationId, observations.id),
        ),
      )
      .where(
        and(
          org,
          since
            ? or(
                gt(observations.updatedAt, since),
                gt(observationFollowUps.at, since),
                gt(observationFeedback.updatedAt, since),
              )
            : undefined,
        ),
      );
    const touched = touchedWeeks(
      changed.flatMap((row) => [
        { personId: row.teacherId, at: row.at },
        { personId: row.observerId, at: row.at },
      ]),
    );
    if (touched.length === 0) return { touched, facts: [] };
    const people = [...new Set(touched.map((t) => t.personId))];
    const rows = await db
      .select({
        teacherId: observations.teacherId,
        observerId: observations.observerId,
        kind: observations.kind,
        status: observations.status,
        at: observations.scheduledAt,
        practiceIds: observations.focusPracticeIds,
        tallies: observations.tallies,
        sharedAt: observationFeedback.sharedAt,
        followUpAt: observationFollowUps.at,
        progress: observationFollowUps.actionStepProgress,
        schoolId: classes.schoolId,
        subject: classes.subject,
      })
      .from(observations)
      .leftJoin(
        observationFollowUps,
        and(
          eq(observationFollowUps.organizationId, organizationId),
          eq(observationFollowUps.observationId, observations.id),
        ),
      )
      .leftJoin(
        observationFeedback,
        and(
          eq(observationFeedback.organizationId, organizationId),
          eq(observationFeedback.observationId, observations.id),
        ),
      )
      .leftJoin(classes, eq(classes.id, observations.classId))
      .where(
        and(
          org,
          ne(observations.status, 'cancelled'),
          or(inArray(observations.teacherId, people), inArray(observations.observerId, people)),
        ),
      );
    const facts: SourceFact[] = [];
    for (const row of rows) {
      const week = weekOf(row.at);
      const where = { week, schoolId: row.schoolId, subject: row.subject };
      if (row.status !== 'scheduled')
        facts.push({ metric: 'l3.coaching-load', personId: row.observerId, value: 1, ...where });
      if (row.kind === 'evaluative') continue;
      if (row.sharedAt) {
        facts.push({ metric: 'l3.follow-up-rate', personId: row.teacherId, value: row.followUpAt ? 1 : 0, ...where });
      }
      if (row.followUpAt) {
        const days = Math.max(0, (row.followUpAt.getTime() - row.at.getTime()) / DAY_MS);
        facts.push({
          metric: 'l3.follow-up-delay',
          personId: row.teacherId,
          value: Math.round(days * 10) / 10,
          ...where,
        });
        facts.push({
          metric: 'l4.action-steps-done',
          personId: row.teacherId,
          value: row.progress === 'done' ? 1 : 0,
          ...where,
        });
      }
      if (row.status !== 'scheduled') {
        const seen = Object.values(row.tallies ?? {}).reduce((sum, n) => sum + (Number(n) || 0), 0);
        for (const practiceId of row.practiceIds)
          facts.push({ metric: 'l4.look-for-count', personId: row.teacherId, value: seen, practiceId, ...where });
      }
    }
    return { touched, facts: withinTouched(facts, touched) };
  };
