import { describe, expect, it } from 'vitest';
import { isLocale, localeFromAcceptLanguage } from './locale';

describe('localeFromAcceptLanguage', () => {
  it.each([
    ['es-MX,es;q=0.9,en;q=0.8', 'es'],
    ['en-US,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9,es;q=0.5,en;q=0.4', 'es'],
    ['en;q=0.2, es;q=0.8', 'es'],
    ['de, fr', null],
    ['es;q=0', null],
    ['', null],
  ])('%s → %s', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });

  it('knows its locales', () => {
    expect(isLocale('es')).toBe(true);
    expect(isLocale('pt')).toBe(false);
  });
});
