import { describe, expect, it } from 'vitest';
import { bucketsOf } from './rollup.repo';

describe('rollup buckets', () => {
  it('add values up per bucket, counting each fact once or by its weight', () => {
    const about = { metric: 'l5.assessment-results', personId: 'p1', week: '2026-10-12', schoolId: 's1' };
    const buckets = bucketsOf('assessments', [
      { ...about, value: 0, weight: 1 },
      { ...about, value: 30, weight: 30 },
      { ...about, week: '2026-10-19', value: 1 },
    ]);
    expect(buckets.map((b) => [b.week, b.total, b.n])).toEqual([
      ['2026-10-12', 30, 31],
      ['2026-10-19', 1, 1],
    ]);
  });
});
