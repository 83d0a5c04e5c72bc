import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LessonPlanInput } from '../contracts/lesson-plans';
import { planFromTemplate, splitMinutes, TEMPLATE_IDS } from './index';

describe('lesson templates', () => {
  it('split any period into whole minutes that add up to it exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 600 }), (total) => {
        const minutes = splitMinutes(total, [0.1, 0.2, 0.2, 0.3, 0.2]);
        expect(minutes.reduce((a, b) => a + b, 0)).toBe(total);
        expect(minutes.every((m) => Number.isInteger(m) && m >= 0)).toBe(true);
      }),
    );
  });

  it.each(TEMPLATE_IDS)('%s gives a valid plan in both languages, timed to the period', (id) => {
    for (const locale of ['en', 'es'] as const) {
      const plan = LessonPlanInput.parse(planFromTemplate(id, { locale, title: 'T', periodMinutes: 47 }));
      expect(plan.locale).toBe(locale);
      const total = plan.segments.reduce((sum, s) => sum + (s.minutes ?? 0), 0);
      expect(total).toBe(id === 'blank' ? 0 : 47);
    }
  });

  it('the two arcs differ in shape: modelling first, or exploring first', () => {
    const kinds = (id: 'direct-instruction' | 'inquiry') =>
      planFromTemplate(id, { locale: 'es', title: 'T' }).segments.map((s) => s.kind);
    expect(kinds('direct-instruction').slice(0, 3)).toEqual(['opening', 'instruction', 'guided-practice']);
    expect(kinds('inquiry').indexOf('guided-practice')).toBeLessThan(kinds('inquiry').indexOf('instruction'));
    expect(planFromTemplate('inquiry', { locale: 'es', title: 'T' }).segments[0]?.title).toMatch(/Inicio/);
  });
});
