import { describe, expect, it } from 'vitest';
import { FrameworkDocument } from '../contracts/frameworks';
import { CONECTA_FRAMEWORK, documentLocales, planTermsFor, resolveText } from './index';

const doc = (title: Record<string, string>, lookFor: Record<string, string>) =>
  FrameworkDocument.parse({
    format: 'conecta-framework',
    version: 1,
    code: 'x',
    title,
    domains: [{ code: 'A', title, practices: [{ code: 'A.1', title, lookFors: [{ code: 'a', text: lookFor }] }] }],
  });

describe('resolveText', () => {
  it('gives the requested language, else the other one', () => {
    expect(resolveText({ en: 'Hello', es: 'Hola' }, 'es')).toBe('Hola');
    expect(resolveText({ en: 'Hello' }, 'es')).toBe('Hello');
    expect(resolveText({ es: 'Hola' }, 'en')).toBe('Hola');
  });

  it('resolves an absent optional text to null', () => {
    expect(resolveText(undefined, 'en')).toBeNull();
    expect(resolveText(null, 'es')).toBeNull();
  });
});

describe('documentLocales', () => {
  it('lists the languages that cover every required text', () => {
    expect(documentLocales(CONECTA_FRAMEWORK)).toEqual(['en', 'es']);
    expect(documentLocales(doc({ es: 'Marco' }, { es: 'Algo' }))).toEqual(['es']);
  });

  it('lists what appears, best covered first, when neither language covers everything', () => {
    expect(documentLocales(doc({ en: 'Framework', es: 'Marco' }, { es: 'Algo' }))).toEqual(['es']);
    // Titles in English only, the look-for in Spanish only: neither is complete.
    expect(documentLocales(doc({ en: 'Framework' }, { es: 'Algo' }))).toEqual(['en', 'es']);
  });
});

describe('planTermsFor', () => {
  it('gives the terms of one language, trimmed, lower-case and without repeats', () => {
    expect(planTermsFor({ planTerms: { en: [' Exit Ticket', 'exit ticket', 'Thumbs'] } }, 'en')).toEqual([
      'exit ticket',
      'thumbs',
    ]);
  });

  it('does not fall back to the other language', () => {
    expect(planTermsFor({ planTerms: { en: ['exit ticket'] } }, 'es')).toEqual([]);
    expect(planTermsFor({ planTerms: {} }, 'en')).toEqual([]);
  });
});
