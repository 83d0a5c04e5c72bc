import { describe, expect, it } from 'vitest';
import { CONECTA_FRAMEWORK, parseFrameworkJson } from './index';

const valid = () => JSON.parse(JSON.stringify(CONECTA_FRAMEWORK));

describe('parseFrameworkJson', () => {
  it('reads our own document back unchanged (with or without a BOM)', () => {
    const text = JSON.stringify(CONECTA_FRAMEWORK);
    expect(parseFrameworkJson(text)).toEqual({ ok: true, document: CONECTA_FRAMEWORK });
    expect(parseFrameworkJson(`\uFEFF${text}`).ok).toBe(true);
  });

  it('applies the defaults of optional parts', () => {
    const result = parseFrameworkJson(
      JSON.stringify({
        format: 'conecta-framework',
        version: 1,
        code: 'mini',
        title: { es: 'Mini' },
        domains: [
          {
            code: 'A',
            title: { es: 'A' },
            practices: [{ code: 'A.1', title: { es: 'P' }, lookFors: [{ code: 'a', text: { es: 'L' } }] }],
          },
        ],
      }),
    );
    expect(result.ok && result.document.domains[0]?.practices[0]).toMatchObject({
      levels: [],
      planTerms: {},
      resourceIds: [],
    });
    expect(result.ok && result.document.source).toEqual({});
  });

  it('answers a JSON syntax error with one issue at the root', () => {
    const result = parseFrameworkJson('{"format": "conecta-framework",');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.path).toBe('');
    expect(result.issues[0]?.message).toMatch(/not valid JSON/);
  });

  it('points schema issues at JSON paths', () => {
    const document = valid();
    document.domains[0].practices[2].lookFors[1].code = 'bad code!';
    document.domains[1].practices[0].title = {};
    const result = parseFrameworkJson(JSON.stringify(document));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        {
          path: 'domains[0].practices[2].lookFors[1].code',
          message: 'Use letters, digits, dots, dashes or underscores.',
        },
        { path: 'domains[1].practices[0].title', message: 'Give the text in English or Spanish.' },
      ]),
    );
  });

  it('reports duplicate codes plainly', () => {
    const document = valid();
    document.domains[1].code = document.domains[0].code;
    document.domains[2].practices[1].lookFors[2].code = document.domains[2].practices[1].lookFors[0].code;
    const result = parseFrameworkJson(JSON.stringify(document));
    expect(!result.ok && result.issues).toEqual([
      { path: 'domains[1].code', message: 'Each domain needs its own code.' },
      { path: 'domains[2].practices[1].lookFors[2].code', message: 'Each look-for of a practice needs its own code.' },
    ]);
  });

  it('reports limits plainly', () => {
    const document = valid();
    document.domains[0].practices[0].lookFors = Array.from({ length: 11 }, (_, i) => ({
      code: `l${i}`,
      text: { en: 'x' },
    }));
    document.domains[0].practices[1].lookFors = [];
    document.domains[0].practices[2].planTerms.es = Array.from({ length: 41 }, (_, i) => `t${i}`);
    const result = parseFrameworkJson(JSON.stringify(document));
    expect(!result.ok && result.issues).toEqual([
      { path: 'domains[0].practices[0].lookFors', message: 'Too many look-fors in a practice: at most 10.' },
      { path: 'domains[0].practices[1].lookFors', message: 'Give at least one look-for for each practice.' },
      { path: 'domains[0].practices[2].planTerms.es', message: 'Too many plan terms: at most 40.' },
    ]);
  });

  it('says so when given a CASE package or something that is not a framework', () => {
    const casePackage = parseFrameworkJson('{"CFDocument": {"identifier": "x"}}');
    expect(!casePackage.ok && casePackage.issues[0]?.message).toMatch(/CASE/);
    for (const text of ['[]', '42', 'null', '"framework"', '{}']) expect(parseFrameworkJson(text).ok, text).toBe(false);
    expect(parseFrameworkJson('').ok).toBe(false);
  });
});
