import { and, eq, gt, inArray } from 'drizzle-orm';
import { type SourceReader, touchedWeeks, weekOf, withinTouched } from '#core/impact/index';
import type { Db } from '../../db/client';
import { resourceReactions } from './library.table';

/**
 * Impact's L1 facts from "was this useful?" (injected, so impact never reads this module's
 * tables): one fact per reaction, 1 when useful, in the week the reaction was first given, so an
 * edited answer replaces itself instead of moving weeks.
 */
export const reactionFactsFrom =
  (db: Db): SourceReader =>
  async (organizationId, since) => {
    const changed = await db
      .select({ personId: resourceReactions.userId, at: resourceReactions.createdAt })
      .from(resourceReactions)
      .where(
        and(
          eq(resourceReactions.organizationId, organizationId),
          since ? gt(resourceReactions.updatedAt, since) : undefined,
        ),
      );
    const touched = touchedWeeks(changed);
    if (touched.length === 0) return { touched, facts: [] };
    const people = [...new Set(touched.map((t) => t.personId))];
    const rows = await db
      .select({ personId: resourceReactions.userId, at: resourceReactions.createdAt, useful: resourceReactions.useful })
      .from(resourceReactions)
      .where(and(eq(resourceReactions.organizationId, organizationId), inArray(resourceReactions.userId, people)));
    const facts = rows.map((row) => ({
      metric: 'l1.card-useful-share',
      personId: row.personId,
      week: weekOf(row.at),
      value: row.useful ? 1 : 0,
    }));
    return { touched, facts: withinTouched(facts, touched) };
  };
