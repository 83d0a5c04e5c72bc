import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportIssue } from '../contracts/frameworks';
import riverbend from './fixtures/case-v1p0-riverbend.json';
import {
  CONECTA_FRAMEWORK,
  frameworkToCsv,
  type ParseResult,
  parseCasePackage,
  parseFrameworkCsv,
  parseFrameworkJson,
} from './index';

const parsers: [string, (text: string) => ParseResult][] = [
  ['json', (text) => parseFrameworkJson(text)],
  ['csv', (text) => parseFrameworkCsv(text, { locale: 'en' })],
  ['case', (text) => parseCasePackage(text, { locale: 'es' })],
];

/** A result is either a document or a non-empty list of well-formed issues. */
function wellFormed(result: ParseResult) {
  if (result.ok) return;
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) expect(ImportIssue.safeParse(issue).success).toBe(true);
}

/** Cuts, duplicates or swaps characters of a valid file. */
const mangled = (source: string) =>
  fc
    .array(fc.tuple(fc.nat(source.length), fc.nat(40), fc.string({ maxLength: 5 })), { minLength: 1, maxLength: 6 })
    .map((edits) =>
      edits.reduce((text, [at, cut, insert]) => text.slice(0, at) + insert + text.slice(at + cut), source),
    );

describe('the importers never throw', () => {
  it.each(parsers)('%s: arbitrary strings', (_, parse) => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => wellFormed(parse(text))),
      { numRuns: 300 },
    );
  });

  it.each(parsers)('%s: arbitrary JSON values', (_, parse) => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => wellFormed(parse(JSON.stringify(value) ?? ''))),
      { numRuns: 300 },
    );
  });

  it.each(parsers)('%s: non-strings', (_, parse) => {
    for (const value of [undefined, null, 42, {}, []]) wellFormed(parse(value as unknown as string));
  });

  it('json: mangled framework documents', () => {
    fc.assert(
      fc.property(mangled(JSON.stringify(CONECTA_FRAMEWORK)), (text) => wellFormed(parseFrameworkJson(text))),
      {
        numRuns: 200,
      },
    );
  });

  it('csv: mangled template files', () => {
    const csv = frameworkToCsv(CONECTA_FRAMEWORK, 'es', { delimiter: ';' }).slice(0, 6000);
    fc.assert(
      fc.property(mangled(csv), (text) => wellFormed(parseFrameworkCsv(text, { locale: 'es' }))),
      { numRuns: 200 },
    );
  });

  it('case: mangled packages and packages with fields of the wrong type', () => {
    const text = JSON.stringify(riverbend);
    fc.assert(
      fc.property(mangled(text), (t) => wellFormed(parseCasePackage(t, { locale: 'en' }))),
      { numRuns: 200 },
    );
    const keys = ['CFDocument', 'CFItems', 'CFAssociations', 'CFDefinitions', 'CFRubrics'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        wellFormed(parseCasePackage(JSON.stringify({ ...riverbend, [key]: value }), { locale: 'en' }));
      }),
      { numRuns: 300 },
    );
    // Every item, association or rubric replaced by an arbitrary value, one at a time.
    fc.assert(
      fc.property(
        fc.nat(riverbend.CFItems.length - 1),
        fc.nat(riverbend.CFAssociations.length - 1),
        fc.jsonValue(),
        (i, a, value) => {
          const copy = JSON.parse(text);
          copy.CFItems[i] = value;
          copy.CFAssociations[a] = value;
          wellFormed(parseCasePackage(JSON.stringify(copy), { locale: 'en' }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('caps the number of issues', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `,,,,,,,,,,l${i},,,`);
    const result = parseFrameworkCsv(
      [
        'domain_code,domain_title,domain_description,practice_code,practice_title,practice_description,level_1,level_2,level_3,level_4,look_for_code,look_for_text,plan_terms,strategy_cards',
        ...rows,
      ].join('\n'),
      { locale: 'en' },
    );
    expect(!result.ok && result.issues.length).toBe(101);
    expect(!result.ok && result.issues[100]?.message).toMatch(/and 400 more issues/);
  });
});
