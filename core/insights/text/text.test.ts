import { describe, expect, it } from 'vitest';
import { normalize, originalSpan } from './normalize';
import { stemEn } from './stem-en';
import { stemEs, stemEsLight } from './stem-es';
import { analyzeText } from './tokenize';

describe('normalize', () => {
  it('folds case and accents but maps back to the original words', () => {
    const n = normalize('Los estudiantes COMPRENDERÁN la fotosíntesis');
    expect(n.text).toBe('los estudiantes comprenderan la fotosintesis');
    const start = n.text.indexOf('comprenderan');
    expect(originalSpan(n, start, start + 'comprenderan'.length)).toBe('COMPRENDERÁN');
  });

  it('handles decomposed accents, ñ and astral characters', () => {
    const n = normalize('Ensen\u0303ar 😀 niño');
    expect(n.text).toBe('ensenar 😀 nino');
    expect(originalSpan(n, n.text.indexOf('nino'), n.text.length)).toBe('niño');
  });
});

describe('stemEn', () => {
  it.each([
    ['understands', 'understand'],
    ['understanding', 'understand'],
    ['explaining', 'explain'],
    ['explained', 'explain'],
    ['comparing', 'compar'],
    ['compare', 'compar'],
    ['compares', 'compar'],
    ['identifies', 'identify'],
    ['identified', 'identify'],
    ['planning', 'plan'],
    ['fractions', 'fraction'],
    ['class', 'class'],
    ['analysis', 'analysis'],
  ])('%s → %s', (word, stem) => expect(stemEn(word)).toBe(stem));
});

describe('stemEs', () => {
  it.each([
    ['compararan', 'compar'],
    ['comparar', 'compar'],
    ['comparando', 'compar'],
    ['comparen', 'compar'],
    ['compararemos', 'compar'],
    ['comparacion', 'compar'],
    ['comprenderan', 'comprend'],
    ['comprender', 'comprend'],
    ['explicare', 'explic'],
    ['expliquen', 'explic'],
    ['organicen', 'organic'],
    ['organizar', 'organic'],
    ['estudiantes', 'estudiant'],
    ['estudiante', 'estudiant'],
    ['fracciones', 'frac'],
    ['fraccion', 'frac'],
  ])('%s → %s', (word, stem) => expect(stemEs(word)).toBe(stem));

  it('reads an -erar imperative the light way too', () => {
    expect(stemEsLight('enumera')).toBe(stemEs('enumerar'));
  });
});

describe('analyzeText', () => {
  it('tokenizes hyphenated routines and keeps offsets', () => {
    const t = analyzeText('Think-Pair-Share: ¿Por qué?', 'es');
    expect(t.tokens.map((x) => x.norm)).toEqual(['think', 'pair', 'share', 'por', 'que']);
  });

  it('returns no tokens for empty or symbol-only text', () => {
    expect(analyzeText('', 'en').tokens).toEqual([]);
    expect(analyzeText('— … ¿? 🙂', 'en').tokens).toEqual([]);
  });
});
