import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReflectionIndicator } from '#core/contracts/reflections';
import { analyzeReflection } from '#core/reflection/index';
import { highlight, indicatorsByField, locateIndicators, splitHighlights } from './highlight';

const joined = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('splitHighlights', () => {
  it('returns the whole text as one plain run when nothing is highlighted', () => {
    expect(splitHighlights('Nothing here.', [])).toEqual([{ text: 'Nothing here.', categories: [] }]);
    expect(splitHighlights('', [])).toEqual([]);
  });

  it('cuts plain and highlighted runs in order', () => {
    const text = 'It went badly because I rushed.';
    const segments = splitHighlights(text, [{ start: 14, end: 21, category: 'causal' }]);
    expect(segments).toEqual([
      { text: 'It went badly ', categories: [] },
      { text: 'because', categories: ['causal'] },
      { text: ' I rushed.', categories: [] },
    ]);
  });

  it('does not nest overlapping spans: each run lists every category covering it', () => {
    const text = 'Maybe they needed time?';
    const segments = splitHighlights(text, [
      { start: 0, end: 23, category: 'self-question' },
      { start: 0, end: 5, category: 'alternative' },
    ]);
    expect(segments).toEqual([
      { text: 'Maybe', categories: ['alternative', 'self-question'] },
      { text: ' they needed time?', categories: ['self-question'] },
    ]);
  });

  it('joins touching runs with the same categories and ignores spans outside the text', () => {
    const text = 'abcdef';
    const segments = splitHighlights(text, [
      { start: 0, end: 3, category: 'evidence' },
      { start: 3, end: 6, category: 'evidence' },
      { start: 4, end: 40, category: 'blame' },
    ]);
    expect(segments).toEqual([{ text: 'abcdef', categories: ['evidence'] }]);
  });
});

describe('locateIndicators', () => {
  it('puts a repeated phrase on its own occurrence, in reading order', () => {
    const text = 'I paused because they were lost, because the example was too hard.';
    const spans = locateIndicators(text, [
      { text: 'because', category: 'causal' },
      { text: 'because', category: 'causal' },
    ]);
    expect(spans.map((s) => s.start)).toEqual([9, 33]);
  });

  it('lets two categories share the same words', () => {
    const spans = locateIndicators('Maybe.', [
      { text: 'Maybe', category: 'alternative' },
      { text: 'Maybe', category: 'perspective' },
    ]);
    expect(spans).toHaveLength(2);
    expect(spans.every((s) => s.start === 0)).toBe(true);
  });

  it('skips words that are no longer in the text and finds out-of-order ones', () => {
    const text = 'Next time I will model it. 12 of 26 got it.';
    const spans = locateIndicators(text, [
      { text: '12 of 26', category: 'evidence' },
      { text: 'gone', category: 'causal' },
      { text: 'Next time', category: 'future-plan' },
    ]);
    expect(spans).toEqual([
      { start: 27, end: 35, category: 'evidence' },
      { start: 0, end: 9, category: 'future-plan' },
    ]);
  });
});

describe('highlight with the real analyzer', () => {
  it('marks every indicator the analyzer found and keeps the text intact (en and es)', () => {
    const cases = [
      {
        locale: 'en' as const,
        input: {
          whatHappened: 'The lesson ran long because I explained the example twice.',
          studentEvidence: '12 of 26 students got the exit ticket right. One said "I never saw a negative fraction".',
          whyAndAlternatives: 'Maybe the model was too abstract. I wonder whether they needed more practice?',
          nextTime: 'Next time I will start with two worked examples.',
        },
      },
      {
        locale: 'es' as const,
        input: {
          whatHappened: 'La clase se alargó porque expliqué el ejemplo dos veces.',
          nextTime: 'La próxima vez empezaré con dos ejemplos resueltos.',
        },
      },
    ];
    for (const { locale, input } of cases) {
      const result = analyzeReflection(input, locale);
      expect(result.indicators.length).toBeGreaterThan(0);
      const byField = indicatorsByField(input, result.indicators);
      for (const [field, indicators] of Object.entries(byField) as [keyof typeof input, ReflectionIndicator[]][]) {
        const text = input[field] ?? '';
        const segments = highlight(text, indicators);
        expect(joined(segments)).toBe(text);
        const marked = segments.filter((s) => s.categories.length > 0).map((s) => s.text);
        for (const indicator of indicators) {
          expect(marked.some((m) => m.includes(indicator.text) || indicator.text.includes(m))).toBe(true);
        }
      }
    }
  });

  it('assigns indicators without a field to the answer that contains their words', () => {
    const byField = indicatorsByField({ whatHappened: 'It was fine.', nextTime: 'I will add a check.' }, [
      { id: 'future-plan.will', category: 'future-plan', text: 'I will' },
    ]);
    expect(byField.nextTime).toHaveLength(1);
    expect(byField.whatHappened).toHaveLength(0);
  });
});

describe('splitHighlights, whatever the input', () => {
  it('gives the text back unchanged and marks exactly the covered characters', () => {
    const span = fc.record({
      start: fc.nat({ max: 40 }),
      end: fc.nat({ max: 40 }),
      category: fc.constantFrom('causal' as const, 'evidence' as const, 'blame' as const),
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(span, { maxLength: 5 }), (text, spans) => {
        const segments = splitHighlights(text, spans);
        expect(joined(segments)).toBe(text);
        let at = 0;
        for (const segment of segments) {
          for (let i = at; i < at + segment.text.length; i++) {
            const covering = spans.filter((s) => s.start <= i && i < s.end && s.end <= text.length);
            expect(segment.categories.length > 0).toBe(covering.length > 0);
          }
          at += segment.text.length;
        }
      }),
    );
  });
});
