import { beforeAll, describe, expect, it } from 'vitest';
import type { RubricCriterion } from '#core/contracts/credentials';
import { buildTenant, type Tenant } from '../../../test/factories';
import { setupTestApp } from '../../../test/test-app';
import { credentialAttempts, credentialSubmissions, microCredentials } from './credentials.table';
import { credentialFactsFrom, normalisedScore } from './impact-facts';

/** Level 2 facts from reviews: every rubric on one 0–1 scale, whatever its number of levels. */
const ctx = setupTestApp();
let t: Tenant;

beforeAll(async () => {
  t = await buildTenant(ctx.db);
}, 60_000);

const criterion = (id: string, levels: number): RubricCriterion => ({
  id,
  name: { en: id },
  levels: Array.from({ length: levels }, (_, i) => ({ en: `Level ${i}` })),
  passLevel: 1,
});
const text = { en: 'x', es: 'x' };

describe('normalisedScore', () => {
  it('puts each criterion on 0–1 before the mean', () => {
    const rubric = [criterion('two', 2), criterion('five', 5)];
    // Top of a 2-level and middle of a 5-level: (1 + 0.5) / 2, not the raw (1 + 2) / 2.
    expect(
      normalisedScore(
        [
          { criterionId: 'two', level: 1 },
          { criterionId: 'five', level: 2 },
        ],
        rubric,
      ),
    ).toBe(0.75);
    expect(normalisedScore([{ criterionId: 'five', level: 4 }], rubric)).toBe(1);
    expect(normalisedScore([{ criterionId: 'gone', level: 3 }], rubric)).toBeNull();
    expect(normalisedScore([], rubric)).toBeNull();
  });
});

describe('credential facts for impact', () => {
  it('a top score on a 3-level rubric and on a 5-level rubric are both worth 1', async () => {
    const decidedAt = new Date('2025-11-05T12:00:00Z');
    for (const levels of [3, 5]) {
      const [credential] = await ctx.db
        .insert(microCredentials)
        .values({
          organizationId: t.org.id,
          title: text,
          description: text,
          competency: text,
          keyMethod: text,
          requirements: [],
          rubric: [criterion('only', levels)],
        })
        .returning();
      const [submission] = await ctx.db
        .insert(credentialSubmissions)
        .values({
          organizationId: t.org.id,
          microCredentialId: credential!.id,
          teacherId: t.teacher.id,
          status: 'earned',
          draft: { evidence: [], reflections: {} },
          attemptCount: 1,
        })
        .returning();
      await ctx.db.insert(credentialAttempts).values({
        organizationId: t.org.id,
        submissionId: submission!.id,
        number: 1,
        evidence: [],
        reflections: {},
        reviewerId: t.coach.id,
        scores: [{ criterionId: 'only', level: levels - 1, passed: true, feedback: '' }],
        decision: 'earned',
        decidedAt,
      });
    }
    const { facts, touched } = await credentialFactsFrom(ctx.db)(t.org.id, null);
    expect(touched).toEqual([{ personId: t.teacher.id, week: '2025-11-03' }]);
    expect(facts.map((f) => ({ metric: f.metric, value: f.value }))).toEqual([
      { metric: 'l2.credential-score', value: 1 },
      { metric: 'l2.credential-score', value: 1 },
    ]);
  });
});
