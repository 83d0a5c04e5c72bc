import { and, eq, gt, inArray, isNotNull, type SQL } from 'drizzle-orm';
import type { RubricCriterion } from '#core/contracts/credentials';
import { type SourceReader, touchedWeeks, weekOf, withinTouched } from '#core/impact/index';
import type { Db } from '../../db/client';
import { credentialAttempts, credentialSubmissions, microCredentials } from './credentials.table';

type Score = { criterionId: string; level: number };

/**
 * An attempt's rubric scores on one scale: each level (0-based) as a fraction of its criterion's
 * top level (level / (levels − 1)), then the mean — so a 3-level and a 5-level rubric weigh alike.
 * A score whose criterion is no longer in the rubric is left out; null when nothing is left.
 */
export function normalisedScore(scores: readonly Score[], rubric: readonly RubricCriterion[]): number | null {
  const levelsOf = new Map(rubric.map((criterion) => [criterion.id, criterion.levels.length]));
  const parts = scores.flatMap((score) => {
    const levels = levelsOf.get(score.criterionId);
    return levels !== undefined && levels > 1 ? [Math.min(1, Math.max(0, score.level / (levels - 1)))] : [];
  });
  return parts.length === 0 ? null : parts.reduce((sum, part) => sum + part, 0) / parts.length;
}

/**
 * Impact's L2 facts from micro-credential reviews (injected): one fact per decided attempt, in the
 * week it was decided, worth the mean of its rubric scores, each from 0 (lowest level) to 1 (top).
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
          rubric: microCredentials.rubric,
        })
        .from(credentialAttempts)
        .innerJoin(credentialSubmissions, eq(credentialSubmissions.id, credentialAttempts.submissionId))
        .innerJoin(microCredentials, eq(microCredentials.id, credentialSubmissions.microCredentialId))
        .where(
          and(eq(credentialAttempts.organizationId, organizationId), isNotNull(credentialAttempts.decidedAt), extra),
        );
    const changed = await decided(since ? gt(credentialAttempts.decidedAt, since) : undefined);
    const touched = touchedWeeks(changed.map((row) => ({ personId: row.personId, at: row.at! })));
    if (touched.length === 0) return { touched, facts: [] };
    const rows = await decided(inArray(credentialSubmissions.teacherId, [...new Set(touched.map((t) => t.personId))]));
    const facts = rows.flatMap((row) => {
      const value = normalisedScore(row.scores ?? [], row.rubric);
      if (value === null) return [];
      return [{ metric: 'l2.credential-score', personId: row.personId, week: weekOf(row.at!), value }];
    });
    return { touched, facts: withinTouched(facts, touched) };
  };
