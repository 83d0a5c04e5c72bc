import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstRange, highlight } from './highlight';

describe('highlight', () => {
  it('marks every occurrence, ignoring case and accents, and keeps the original text', () => {
    const parts = highlight('Los estudiantes COMPRENDERÁN… y comprenderan', ['comprenderán']);
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['COMPRENDERÁN', 'comprenderan']);
    expect(parts.map((p) => p.text).join('')).toBe('Los estudiantes COMPRENDERÁN… y comprenderan');
  });

  it('gives the range to select in an input', () => {
    expect(firstRange('Students will understand fractions', ['understand'])).toEqual([14, 24]);
    expect(firstRange('nothing here', ['understand'])).toBeNull();
  });

  it('never loses or reorders text, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 3 }), (text, needles) => {
        expect(
          highlight(text, needles)
            .map((p) => p.text)
            .join(''),
        ).toBe(text);
      }),
    );
  });
});
