import { describe, expect, it } from 'vitest';
import type { Dashboard } from '#core/contracts/impact';
import { checkTargets, groupChoices, practiceGroups, unansweredItems } from './formChecks';

describe('a pulse is sent only whole', () => {
  it('lists the items still unanswered', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(unansweredItems(items, { a: 3 }).map((i) => i.id)).toEqual(['b', 'c']);
    expect(unansweredItems(items, { a: 3, b: 1, c: 5 })).toEqual([]);
  });
});

describe('initiative targets', () => {
  const levels = [5, 4, 3, 2, 1] as const;
  it('a half-filled target is an error on its missing fields, never dropped', () => {
    const result = checkTargets(levels, {
      5: { metricId: 'l5.assessment-results', value: '0.7', byDate: '' },
      3: { metricId: '', value: 'x', byDate: '2027-01-01' },
      1: { metricId: '', value: '', byDate: '' },
    });
    expect(result).toEqual({
      ok: false,
      errors: { 5: { byDate: 'required' }, 3: { metricId: 'required', value: 'number' } },
    });
  });

  it('whole targets go out in the order of the levels', () => {
    const result = checkTargets(levels, {
      1: { metricId: 'l1.card-useful-share', value: '0.6', byDate: '2027-01-31' },
      5: { metricId: 'l5.assessment-results', value: ' 0.7 ', byDate: '2027-06-15' },
    });
    expect(result).toEqual({
      ok: true,
      targets: [
        { level: 5, metricId: 'l5.assessment-results', value: 0.7, byDate: '2027-06-15' },
        { level: 1, metricId: 'l1.card-useful-share', value: 0.6, byDate: '2027-01-31' },
      ],
    });
  });
});

describe('practices to choose from', () => {
  it('one group per framework, with every practice of every domain', () => {
    const groups = practiceGroups([
      {
        id: 'f1',
        title: 'Conecta',
        domains: [{ practices: [{ id: 'p1', title: 'A' }] }, { practices: [{ id: 'p2', title: 'B' }] }],
      },
      { id: 'f2', title: 'District', domains: [{ practices: [{ id: 'p3', title: 'C' }] }] },
      { id: 'f3', title: 'Empty', domains: [] },
    ]);
    expect(groups).toEqual([
      {
        frameworkId: 'f1',
        title: 'Conecta',
        practices: [
          { id: 'p1', title: 'A' },
          { id: 'p2', title: 'B' },
        ],
      },
      { frameworkId: 'f2', title: 'District', practices: [{ id: 'p3', title: 'C' }] },
    ]);
  });
});

describe('dashboard filter choices', () => {
  it('every group named in any breakdown, once, by label', () => {
    const row = (key: string, label: string) => ({ key, label, cell: { suppressed: true as const } });
    const metric = (schools: ReturnType<typeof row>[]) => ({ breakdowns: { school: schools, team: [], subject: [] } });
    const dashboard = {
      levels: [
        { metrics: [metric([row('b', 'Beta'), row('a', 'Alpha')])] },
        { metrics: [metric([row('a', 'Alpha'), row('c', 'Gamma')])] },
      ],
    } as unknown as Dashboard;
    expect(groupChoices(dashboard, 'school')).toEqual([
      { value: 'a', label: 'Alpha' },
      { value: 'b', label: 'Beta' },
      { value: 'c', label: 'Gamma' },
    ]);
    expect(groupChoices(undefined, 'team')).toEqual([]);
  });
});
