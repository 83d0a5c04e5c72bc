import { and, eq, gt, inArray, isNotNull, type SQL } from 'drizzle-orm';
import { type SourceReader, touchedWeeks, weekOf, withinTouched } from '#core/impact/index';
import type { Db } from '../../db/client';
import { credentialAttempts, credentialSubmissions } from './credentials.table';

/**
 * Impact's L2 facts from micro-credential reviews (injected): one fact per decided attempt, in the
 * week it was decided, worth the mean rubric level the reviewer gave across its criteria.
 */
export const credentialFactsFrom =
  (db: Db): SourceReader =>
  async (organizationId, since) => {
    const decided = (extra?: SQL) =>
      db
        .select({
          personId: credentialSubmissions.teacherId,
          at: credentialAttempts.decidedAt,
          scores: credentialAttempts.scores,
        })
        .from(credentialAttempts)
        .innerJoin(credentialSubmissions, eq(credentialSubmissions.id, credentialAttempts.submissionId))
        .where(
          and(eq(credentialAttempts.organizationId, organizationId), isNotNull(credentialAttempts.decidedAt), extra),
        );
    const changed = await decided(since ? gt(credentialAttempts.decidedAt, since) : undefined);
    const touched = touchedWeeks(changed.map((row) => ({ personId: row.personId, at: row.at! })));
    if (touched.length === 0) return { touched, facts: [] };
    const rows = await decided(inArray(credentialSubmissions.teacherId, [...new Set(touched.map((t) => t.personId))]));
    const facts = rows.flatMap((row) => {
      const scores = row.scores ?? [];
      if (scores.length === 0) return [];
      const mean = scores.reduce((sum, s) => sum + s.level, 0) / scores.length;
      return [{ metric: 'l2.credential-score', personId: row.personId, week: weekOf(row.at!), value: mean }];
    });
    return { touched, facts: withinTouched(facts, touched) };
  };
