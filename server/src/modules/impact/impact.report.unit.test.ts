import { describe, expect, it } from 'vitest';
import type { Dashboard } from '#core/contracts/impact';
import { reportInput } from './impact.report';

const about = { district: 'D', name: 'N', schoolYear: '2025-26', description: '', practices: [] };
const levelWith = (people: Dashboard['levels'][number]['completeness']['people']) =>
  ({
    level: 1,
    completeness: { people },
    evidenceNotProof: false,
    metrics: [],
  }) as unknown as Dashboard['levels'][number];

describe('the report input', () => {
  it('passes a suppressed completeness on as hidden (null), not as 0', () => {
    const dashboard = {
      levels: [levelWith({ suppressed: true }), levelWith({ suppressed: false, value: 0.4, people: 8 })],
    };
    const input = reportInput(dashboard as unknown as Dashboard, about, 'en', new Date('2026-01-01T00:00:00Z'));
    expect(input.levels.map((level) => level.completeness)).toEqual([null, 0.4]);
  });
});
