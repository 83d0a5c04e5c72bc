import { describe, expect, it } from 'vitest';
import type { InitiativeRow } from './impact.repo';
import { canonicalFilter, filterOf, outsideYear, viewKeyOf } from './impact.views';
import type { FactFilter } from './rollup.repo';

const filter = (overrides: Partial<FactFilter> = {}): FactFilter => ({
  organizationId: 'o1',
  initiativeId: 'i1',
  practiceIds: ['p2', 'p1'],
  scope: { allSchools: false, schoolIds: ['s2', 's1'], teamIds: [] },
  withinSchools: null,
  from: '2026-08-01',
  to: '2026-11-25',
  ...overrides,
});
const key = (f: FactFilter) => viewKeyOf(canonicalFilter(f));

describe('dashboard view keys', () => {
  it('facts sit on Mondays: any day of the same week is the same view, the next week is not', () => {
    // 2026-11-23 is a Monday; 2026-08-01 a Saturday, whose week (and its facts) starts on 27 July.
    expect(canonicalFilter(filter()).from).toBe('2026-07-27');
    expect(canonicalFilter(filter()).to).toBe('2026-11-23');
    expect(key(filter({ to: '2026-11-23' }))).toBe(key(filter({ to: '2026-11-29' })));
    expect(key(filter({ to: '2026-11-30' }))).not.toBe(key(filter()));
    expect(key(filter({ from: '2026-07-27' }))).toBe(key(filter()));
    expect(key(filter({ from: '2026-08-03' }))).not.toBe(key(filter()));
  });

  it('a chosen span is widened to whole months inside the school year; outside it is refused', () => {
    const row = {
      id: 'i1',
      organizationId: 'o1',
      schoolYear: '2026-27',
      targetPracticeIds: [],
      scope: { allSchools: true, schoolIds: [], teamIds: [] },
    } as unknown as InitiativeRow;
    expect(filterOf(row, null, { from: '2026-09-17', to: '2026-10-02' }, '2026-11-23')).toMatchObject({
      from: '2026-09-01',
      to: '2026-10-31',
    });
    expect(filterOf(row, null, { to: '2027-02-03' }, '2026-11-23')).toMatchObject({
      from: '2026-08-01',
      to: '2027-02-28',
    });
    expect(filterOf(row, null, {}, '2026-11-23')).toMatchObject({ from: '2026-08-01', to: '2026-11-23' });
    expect(filterOf(row, null, {}, '2027-09-01')).toMatchObject({ to: '2027-07-31' });
    expect(outsideYear(row, { from: '2026-07-31', to: '2027-08-01' })).toEqual(['from', 'to']);
    expect(outsideYear(row, { from: '2026-08-01', to: '2027-07-31' })).toEqual([]);
  });

  it('a leader of one school shares the school view; order of ids does not matter', () => {
    expect(key(filter({ withinSchools: ['s1'] }))).toBe(key(filter({ schoolId: 's1' })));
    expect(key(filter({ withinSchools: ['s1', 's2'], schoolId: 's2' }))).toBe(key(filter({ schoolId: 's2' })));
    expect(key(filter({ withinSchools: ['s1', 's2'] }))).toBe(key(filter({ withinSchools: ['s2', 's1'] })));
    expect(key(filter({ practiceIds: ['p1', 'p2'] }))).toBe(key(filter()));
    // A school outside the leader's own stays restricted (it selects nothing), never widened.
    expect(canonicalFilter(filter({ withinSchools: ['s1', 's2'], schoolId: 's9' })).withinSchools).toEqual([
      's1',
      's2',
    ]);
  });

  it('anything that selects other facts is another view', () => {
    const base = key(filter());
    for (const other of [
      filter({ initiativeId: 'i2' }),
      filter({ organizationId: 'o2' }),
      filter({ practiceIds: ['p1'] }),
      filter({ scope: { allSchools: true, schoolIds: [], teamIds: [] } }),
      filter({ teamId: 't1' }),
      filter({ subject: 'Mathematics' }),
      filter({ withinSchools: ['s1', 's2'] }),
    ])
      expect(key(other)).not.toBe(base);
  });
});
