import { describe, expect, it } from 'vitest';
import { BOM, toCsv } from '#core/impact/index';
import { buildDashboard, EXPORT_HEADER, exportRows, periodsOf } from './impact.dashboard';
import type { InitiativeRow } from './impact.repo';
import type { AggregateRow, Dimension, GroupedRow } from './rollup.repo';

const initiative = {
  id: 'i1',
  organizationId: 'o1',
  schoolYear: '2026-27',
  name: { en: 'X' },
  description: null,
  targetPracticeIds: [],
  scope: { allSchools: true, schoolIds: [], teamIds: [] },
  targets: [{ level: 3, metricId: 'l3.collaboration-minutes', value: 90, byDate: '2027-05-01' }],
  status: 'active',
  createdBy: 'u',
  createdAt: new Date(),
  updatedAt: new Date(),
} as InitiativeRow;

const row = (metric: string, key: string | null, people: number, total: number, n: number, personWeeks = n) =>
  ({ metric, key, total, n, people, person_weeks: personWeeks }) as AggregateRow;

const as = (dim: Dimension, rows: AggregateRow[] = []): GroupedRow[] => rows.map((r) => ({ ...r, dim }));

const build = (rows: Partial<Record<'totals' | 'series' | 'bySchool', AggregateRow[]>>) =>
  buildDashboard({
    initiative,
    grain: 'week',
    from: '2026-11-02',
    to: '2026-11-15',
    locale: 'es',
    refreshedAt: null,
    wiredSources: new Set(['meetings']),
    aggregates: {
      rows: [
        ...as('none', rows.totals),
        ...as('week', rows.series),
        ...as('school', rows.bySchool),
        { dim: 'level', metric: 'l3', key: null, total: 0, n: 6, people: 6, person_weeks: 6 },
      ],
      inScopeTeachers: 12,
    },
    names: { schools: new Map([['s1', '=cmd|calc']]), teams: new Map() },
  });

describe('dashboard assembly', () => {
  it('lists every week or month in the span', () => {
    expect(periodsOf('week', '2026-11-04', '2026-11-16')).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
    expect(periodsOf('month', '2026-11-04', '2027-01-10')).toEqual(['2026-11-01', '2026-12-01', '2027-01-01']);
  });

  it('minutes per person-week, against the target, in the reader’s language', () => {
    const dashboard = build({ totals: [row('l3.collaboration-minutes', null, 6, 720, 12, 8)] });
    const minutes = dashboard.levels[2]!.metrics.find((m) => m.id === 'l3.collaboration-minutes')!;
    expect(minutes.label).toBe('Minutos de colaboración por docente y semana');
    expect(minutes.value).toEqual({ suppressed: false, value: 90, people: 6 });
    expect(minutes.target?.met).toBe(true);
    expect(minutes.benchmark).toBe(90);
    expect(dashboard.levels[2]!.completeness.people).toEqual({ suppressed: false, value: 0.5, people: 6 });
  });

  it('CSV rows carry the same cells: hidden ones have no value, text is defused', () => {
    const dashboard = build({
      totals: [row('l3.collaboration-minutes', null, 6, 720, 12)],
      bySchool: [row('l3.collaboration-minutes', 's1', 4, 300, 5)],
    });
    const csv = toCsv(EXPORT_HEADER, exportRows(dashboard, 'level-3'));
    expect(csv.startsWith(BOM)).toBe(true);
    const school = csv.split('\r\n').find((line) => line.includes(',school,'))!;
    expect(school).toContain(",'=cmd|calc,,,yes,");
  });
});
