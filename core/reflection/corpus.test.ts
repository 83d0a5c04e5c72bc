import { describe, expect, it } from 'vitest';
import type { Locale } from '../domain/roles';
import { analyzeReflection } from './analyze';
import { enCorpus } from './fixtures/en';
import { esCorpus } from './fixtures/es';
import type { CorpusEntry } from './fixtures/types';

const corpora: [Locale, readonly CorpusEntry[]][] = [
  ['en', enCorpus],
  ['es', esCorpus],
];

describe('reflection corpus', () => {
  it('has at least 15 reflections per language, covering all four levels', () => {
    for (const [, corpus] of corpora) {
      expect(corpus.length).toBeGreaterThanOrEqual(15);
      expect(new Set(corpus.map((e) => e.expectedLevel))).toEqual(new Set([1, 2, 3, 4]));
    }
  });

  for (const [locale, corpus] of corpora) {
    describe(locale, () => {
      it.each(corpus.map((e) => [e.name, e] as const))('%s', (_, entry) => {
        const result = analyzeReflection(entry.input, locale);
        const found = new Set(result.indicators.map((i) => i.category));
        expect({ level: result.level, missing: entry.categories.filter((c) => !found.has(c)) }).toEqual({
          level: entry.expectedLevel,
          missing: [],
        });
      });
    });
  }
});
