import { and, eq, gt, inArray, isNotNull, type SQL } from 'drizzle-orm';
import { type SourceReader, touchedWeeks, weekOf, withinTouched } from '#core/impact/index';
import type { Db } from '../../db/client';
import { cardTrials } from './recommendations.table';

/**
 * Impact's L4 "I tried it" facts (injected, so impact never reads this module's tables): one fact
 * per trial linked to a plan, in the week it was recorded. A trial on no plan is a reaction, not use
 * in practice, so it is not counted here.
 */
export const triedFactsFrom =
  (db: Db): SourceReader =>
  async (organizationId, since) => {
    const onAPlan = (extra?: SQL) =>
      and(eq(cardTrials.organizationId, organizationId), isNotNull(cardTrials.planId), extra);
    const changed = await db
      .select({ personId: cardTrials.userId, at: cardTrials.createdAt })
      .from(cardTrials)
      .where(onAPlan(since ? gt(cardTrials.createdAt, since) : undefined));
    const touched = touchedWeeks(changed);
    if (touched.length === 0) return { touched, facts: [] };
    const people = [...new Set(touched.map((t) => t.personId))];
    const rows = await db
      .select({ personId: cardTrials.userId, at: cardTrials.createdAt })
      .from(cardTrials)
      .where(onAPlan(inArray(cardTrials.userId, people)));
    const facts = rows.map((row) => ({
      metric: 'l4.tried-it',
      personId: row.personId,
      week: weekOf(row.at),
      value: 1,
    }));
    return { touched, facts: withinTouched(facts, touched) };
  };
