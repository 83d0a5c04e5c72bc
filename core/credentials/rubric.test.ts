import { describe, expect, it } from 'vitest';
import { decide } from './rubric';

const rubric = [
  { id: 'clarity', levels: ['a', 'b', 'c', 'd'], passLevel: 2 },
  { id: 'use', levels: ['a', 'b', 'c'], passLevel: 1 },
];

describe('rubric decision', () => {
  it('earns when every criterion meets its pass level', () => {
    const result = decide(rubric, [
      { criterionId: 'clarity', level: 2 },
      { criterionId: 'use', level: 2 },
    ]);
    expect(result).toMatchObject({ ok: true, decision: 'earned' });
  });

  it('is "not yet" when one criterion is below, naming it', () => {
    const result = decide(rubric, [
      { criterionId: 'clarity', level: 3 },
      { criterionId: 'use', level: 0 },
    ]);
    expect(result.ok && result.decision).toBe('not-yet');
    expect(result.ok && result.results.filter((r) => !r.passed).map((r) => r.criterionId)).toEqual(['use']);
  });

  it('refuses missing, unknown, duplicate and out-of-range scores', () => {
    const result = decide(rubric, [
      { criterionId: 'clarity', level: 4 },
      { criterionId: 'clarity', level: 1 },
      { criterionId: 'other', level: 1 },
    ]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.problem).sort()).toEqual([
      'duplicate',
      'missing',
      'out-of-range',
      'unknown',
    ]);
  });
});
