import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REFLECTION_FIELD_MAX, REFLECTION_LABELS, ReflectionInput } from '../contracts/reflections';
import { analyzeReflection } from './analyze';

// Reflection-like words mixed with odd Unicode, so both matching and folding get exercised.
const words = fc.constantFrom(
  'because',
  'porque',
  'Quizás',
  'maybe',
  'I assumed',
  'suponía',
  'next time',
  'la próxima vez',
  'voy a',
  '12 of 26',
  '«',
  '»',
  '“',
  '"',
  '?',
  '¿',
  '.',
  '\n',
  'students',
  'equity',
  'e\u0301',
  '\u0301',
  'İ',
  'ß',
  '👩🏽‍🏫',
  '\ud800',
  '\u00a0',
);
const text = fc
  .oneof(
    fc.array(fc.oneof(words, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 80 }).map((a) => a.join(' ')),
    fc.string({ unit: 'binary', maxLength: 300 }),
  )
  .map((s) => s.slice(0, REFLECTION_FIELD_MAX));

const input = fc
  .record({ whatHappened: text, studentEvidence: text, whyAndAlternatives: text, nextTime: text }, { requiredKeys: [] })
  .filter((v) => ReflectionInput.safeParse(v).success);

function check(value: ReflectionInput, locale: 'en' | 'es') {
  const r = analyzeReflection(value, locale);
  expect([1, 2, 3, 4]).toContain(r.level);
  expect(r.label).toBe(REFLECTION_LABELS[r.level - 1]);
  expect(r.nudge.trim().length).toBeGreaterThan(0);
  const all = Object.values(value).join('\u0000');
  for (const indicator of r.indicators) {
    expect(indicator.text.length).toBeGreaterThan(0);
    expect(all).toContain(indicator.text);
    expect(value[indicator.field!]).toContain(indicator.text);
  }
}

describe('analyzeReflection on any valid input', () => {
  it('returns a level, a known label, indicators from the input and a nudge, never throwing', () => {
    fc.assert(
      fc.property(input, fc.constantFrom('en' as const, 'es' as const), (value, locale) => check(value, locale)),
      { numRuns: 300 },
    );
  });

  it('copes with fields at the size limit', () => {
    const big = fc
      .tuple(fc.constantFrom('x', ' ', 'Quizás porque ', '¿', '"', '12/26 ', 'á\u0301'), fc.nat(3))
      .map(([chunk]) => chunk.repeat(Math.ceil(REFLECTION_FIELD_MAX / chunk.length)).slice(0, REFLECTION_FIELD_MAX));
    fc.assert(
      fc.property(big, big, fc.constantFrom('en' as const, 'es' as const), (a, b, locale) =>
        check({ whatHappened: a, whyAndAlternatives: b, studentEvidence: a, nextTime: b }, locale),
      ),
      { numRuns: 15 },
    );
  });
});
