import { describe, expect, it } from 'vitest';
import {
  bandOf,
  CPL_BANDS,
  CPL_DOMAINS,
  CPL_INDICATORS,
  CPL_INSTRUMENT,
  CPL_ITEM_IDS,
  CPL_NEXT_STEPS,
  cleanAnswers,
  cplIndicatorByKey,
  isCplItemId,
  schoolYearOf,
  schoolYearSpan,
  scoreCpl,
} from './index';

describe('the instrument', () => {
  it('has five domains of 2–3 sub-dimensions of 3–4 items, each in English and Spanish, with unique ids', () => {
    expect(CPL_INSTRUMENT.map((d) => d.id)).toEqual([...CPL_DOMAINS]);
    for (const domain of CPL_INSTRUMENT) {
      expect(domain.subDimensions.length).toBeGreaterThanOrEqual(2);
      expect(domain.subDimensions.length).toBeLessThanOrEqual(3);
      for (const sub of domain.subDimensions) {
        expect(sub.items.length).toBeGreaterThanOrEqual(3);
        expect(sub.items.length).toBeLessThanOrEqual(4);
        for (const item of sub.items) {
          expect(item.text.en.length).toBeGreaterThan(10);
          expect(item.text.es.length).toBeGreaterThan(10);
          expect(item.id.startsWith(`${sub.id}.`)).toBe(true);
        }
      }
    }
    expect(new Set(CPL_ITEM_IDS).size).toBe(CPL_ITEM_IDS.length);
  });

  it('gives 2–3 next steps for every domain and band, and indicators for every domain', () => {
    for (const domain of CPL_DOMAINS)
      for (const band of CPL_BANDS) {
        const steps = CPL_NEXT_STEPS[domain][band];
        expect(steps.length).toBeGreaterThanOrEqual(2);
        expect(steps.length).toBeLessThanOrEqual(3);
      }
    for (const domain of CPL_DOMAINS) expect(CPL_INDICATORS.some((i) => i.domain === domain)).toBe(true);
    expect(CPL_INDICATORS.find((i) => i.key === 'collaboration-minutes')?.benchmark).toBe(90);
  });
});

describe('scoring', () => {
  it('bands a mean at the documented cut points', () => {
    expect(bandOf(1)).toBe('needs-most-improvement');
    expect(bandOf(1.99)).toBe('needs-most-improvement');
    expect(bandOf(2)).toBe('needs-improvement');
    expect(bandOf(2.74)).toBe('needs-improvement');
    expect(bandOf(2.75)).toBe('close-to-best-practice');
    expect(bandOf(3.49)).toBe('close-to-best-practice');
    expect(bandOf(3.5)).toBe('best-practice');
    expect(bandOf(4)).toBe('best-practice');
  });

  it('averages answered items only and says how many were answered', () => {
    const answers = {
      'time.amount.1': 4,
      'time.amount.2': 3,
      'time.amount.3': 2,
      'time.protection.1': 1,
    };
    const time = scoreCpl(answers).find((d) => d.domain === 'time')!;
    expect(time).toMatchObject({ mean: 2.5, answered: 4, items: 6, band: 'needs-improvement' });
    expect(time.subDimensions).toEqual([
      { id: 'time.amount', mean: 3, answered: 3, items: 3 },
      { id: 'time.protection', mean: 1, answered: 1, items: 3 },
    ]);
  });

  it('gives no band when fewer than half the items are answered, and no mean when none are', () => {
    const scores = scoreCpl({ 'leadership.presence.1': 4, 'leadership.presence.2': 4 });
    expect(scores.find((d) => d.domain === 'leadership')).toMatchObject({ mean: 4, answered: 2, band: null });
    expect(scores.find((d) => d.domain === 'feedback')).toMatchObject({ mean: null, answered: 0, band: null });
  });

  it('drops unknown items and values off the scale', () => {
    expect(
      cleanAnswers(
        { 'time.amount.1': 4, 'time.amount.2': 5, 'time.amount.3': 2.5, nope: 3, 'time.protection.1': '3' },
        isCplItemId,
      ),
    ).toEqual({ 'time.amount.1': 4 });
  });
});

describe('school years', () => {
  it('span August to July and start in August', () => {
    expect(schoolYearSpan('2026-27')).toEqual({ from: '2026-08-01', to: '2027-07-31' });
    expect(schoolYearOf('2026-07-31')).toBe('2025-26');
    expect(schoolYearOf('2026-08-01')).toBe('2026-27');
    expect(schoolYearOf('2099-12-01')).toBe('2099-00');
    expect(schoolYearSpan('0000-01')).toEqual({ from: '0000-08-01', to: '0001-07-31' });
  });
});

describe('indicators a week', () => {
  it('say in their help that they are spread over every week, holidays included', () => {
    for (const key of ['collaboration-minutes', 'coaching-load', 'leader-participation']) {
      const help = cplIndicatorByKey(key)?.help;
      expect(help?.en, key).toContain('every week');
      expect(help?.es, key).toContain('todas las semanas');
    }
  });
});
