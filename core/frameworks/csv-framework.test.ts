import { describe, expect, it } from 'vitest';
import type { FrameworkDocument, LocalizedText } from '../contracts/frameworks';
import type { Locale } from '../domain/roles';
import { CONECTA_FRAMEWORK, CSV_TEMPLATE_HEADER, frameworkToCsv, type ParseResult, parseFrameworkCsv } from './index';

const HEADER = CSV_TEMPLATE_HEADER.join(',');

/** The small file the tests edit: two domains, three practices, five look-fors. */
const GOOD = [
  'domain_code,domain_title,practice_code,practice_title,practice_description,level_1,level_2,level_3,level_4,look_for_code,look_for_text,plan_terms,strategy_cards',
  'A,Learning together,A.1,Shared norms,"Norms the class wrote, together",Starting,Growing,Solid,Leading,A.1.a,Norms are posted,Norms; Class Agreements,',
  'A,Learning together,A.1,Shared norms,,,,,,A.1.b,"Students say ""we agreed"" and point to a norm",,',
  ',,A.2,Talk,,,,,,A.2.a,Pairs talk about a question,turn and talk,structured-student-talk; think-pair-share',
  'B,Thinking,B.1,Questions,,,,,,B.1.a,"Questions ask why,\nor how",why,higher-order-questions',
  ',,,,,,,,,B.1.b,Students ask questions,,',
].join('\r\n');

function ok(result: ParseResult): FrameworkDocument {
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.document;
}
function issues(result: ParseResult) {
  if (result.ok) throw new Error('expected issues');
  return result.issues;
}

/** Our CSV of a document carries one language and no framework-level fields but the title. */
function inLocale(document: FrameworkDocument, locale: Locale) {
  const one = (text: LocalizedText) => ({ [locale]: text[locale] });
  return document.domains.map((d) => ({
    code: d.code,
    title: one(d.title),
    ...(d.description ? { description: one(d.description) } : {}),
    practices: d.practices.map((p) => ({
      code: p.code,
      title: one(p.title),
      ...(p.description ? { description: one(p.description) } : {}),
      levels: p.levels.map((l) => ({ level: l.level, label: one(l.label), descriptor: one(l.descriptor) })),
      lookFors: p.lookFors.map((l) => ({ code: l.code, text: one(l.text) })),
      planTerms: p.planTerms[locale] ? { [locale]: p.planTerms[locale] } : {},
      resourceIds: p.resourceIds,
    })),
  }));
}

describe('parseFrameworkCsv', () => {
  it('reads the template: repeated or first-row-only cells, quoted commas, quotes and line breaks', () => {
    const document = ok(parseFrameworkCsv(GOOD, { locale: 'en', title: 'Riverbend practices' }));
    expect(document.code).toBe('riverbend-practices');
    expect(document.title).toEqual({ en: 'Riverbend practices' });
    expect(document.domains.map((d) => d.code)).toEqual(['A', 'B']);
    const [a1, a2] = document.domains[0]?.practices ?? [];
    expect(a1).toMatchObject({
      code: 'A.1',
      title: { en: 'Shared norms' },
      description: { en: 'Norms the class wrote, together' },
      planTerms: { en: ['norms', 'class agreements'] },
      resourceIds: [],
    });
    expect(a1?.levels.map((l) => [l.label.en, l.descriptor.en])).toEqual([
      ['Beginning', 'Starting'],
      ['Developing', 'Growing'],
      ['Proficient', 'Solid'],
      ['Exemplary', 'Leading'],
    ]);
    expect(a1?.lookFors.map((l) => l.text.en)).toEqual([
      'Norms are posted',
      'Students say "we agreed" and point to a norm',
    ]);
    expect(a2).toMatchObject({ code: 'A.2', levels: [], resourceIds: ['structured-student-talk', 'think-pair-share'] });
    expect(document.domains[1]?.practices[0]?.lookFors.map((l) => [l.code, l.text.en])).toEqual([
      ['B.1.a', 'Questions ask why,\nor how'],
      ['B.1.b', 'Students ask questions'],
    ]);
  });

  it('reads semicolon-separated files with a BOM (Excel in Spanish) into the given language', () => {
    const text = `\uFEFF${[
      'Código_Dominio;domain_title;practice_code;practice_title;look_for_code;look_for_text;plan_terms',
      'A;Aprender juntos;A.1;Normas;A.1.a;"Las normas están a la vista; se usan";"Normas; Acuerdos de aula"',
    ].join('\r\n')}`;
    // "Código_Dominio" is not a column: the header must use the template's names.
    expect(issues(parseFrameworkCsv(text, { locale: 'es' }))[0]?.path).toBe('row 1: Código_Dominio');
    const fixed = text.replace('Código_Dominio', 'DOMAIN CODE');
    const document = ok(parseFrameworkCsv(fixed, { locale: 'es' }));
    expect(document.title).toEqual({ es: 'Marco importado' });
    expect(document.domains[0]?.practices[0]).toMatchObject({
      title: { es: 'Normas' },
      lookFors: [{ code: 'A.1.a', text: { es: 'Las normas están a la vista; se usan' } }],
      planTerms: { es: ['normas', 'acuerdos de aula'] },
    });
  });

  it('accepts the columns in any order and in any case', () => {
    const text = [
      'LOOK_FOR_TEXT,Look_For_Code,practice_title,PRACTICE_CODE,domain_title,domain_code',
      'Norms are posted,a,Norms,A.1,Together,A',
    ].join('\n');
    const document = ok(parseFrameworkCsv(text, { locale: 'en' }));
    expect(document.domains[0]?.practices[0]?.lookFors).toEqual([{ code: 'a', text: { en: 'Norms are posted' } }]);
  });

  it('answers a missing look_for_text on row 4 with exactly that issue', () => {
    const lines = GOOD.split('\r\n');
    lines[3] = ',,A.2,Talk,,,,,,A.2.a,,turn and talk,structured-student-talk';
    expect(issues(parseFrameworkCsv(lines.join('\r\n'), { locale: 'en' }))).toEqual([
      { path: 'row 4: look_for_text', message: 'Give the look-for text.' },
    ]);
  });

  it('flags a practice title that disagrees with an earlier row, on the later row', () => {
    const lines = GOOD.split('\r\n');
    lines[2] = 'A,Learning together,A.1,Class norms,,,,,,A.1.b,Students point to a norm,,';
    const found = issues(parseFrameworkCsv(lines.join('\r\n'), { locale: 'en' }));
    expect(found).toHaveLength(1);
    expect(found[0]?.path).toBe('row 3: practice_title');
    expect(found[0]?.message).toMatch(/A\.1 already has a different practice title on row 2/);
  });

  it('flags other disagreements too: domain title, levels, plan terms', () => {
    const lines = GOOD.split('\r\n');
    lines[2] = 'A,Together,A.1,,,Other start,,,,A.1.b,Students point to a norm,other terms,';
    expect(issues(parseFrameworkCsv(lines.join('\r\n'), { locale: 'en' })).map((i) => i.path)).toEqual([
      'row 3: domain_title',
      'row 3: level_1',
      'row 3: plan_terms',
    ]);
  });

  it('flags an unknown column, a repeated column and missing required columns', () => {
    expect(issues(parseFrameworkCsv(`${HEADER},notes\r\nA,T,,A.1,P,,,,,,a,L,,,x`, { locale: 'en' }))).toEqual([
      {
        path: 'row 1: notes',
        message: expect.stringMatching(/^Unknown column “notes”\. The columns are: domain_code/),
      },
    ]);
    expect(issues(parseFrameworkCsv('domain_code,domain_code\nA,A', { locale: 'en' })).map((i) => i.path)).toEqual([
      'row 1: domain_code',
      'row 1: domain_title',
      'row 1: practice_code',
      'row 1: practice_title',
      'row 1: look_for_code',
      'row 1: look_for_text',
    ]);
  });

  it('wants all four levels or none', () => {
    const text = [HEADER, 'A,T,,A.1,P,,one,two,,,a,L,,'].join('\n');
    expect(issues(parseFrameworkCsv(text, { locale: 'en' }))).toEqual([
      { path: 'row 2: level_3', message: expect.stringMatching(/level_1, level_2 but not level_3, level_4/) },
    ]);
  });

  it('explains other row problems', () => {
    const parse = (...rows: string[]) => issues(parseFrameworkCsv([HEADER, ...rows].join('\n'), { locale: 'en' }));
    expect(parse(',T,,A.1,P,,,,,,a,L,,')).toEqual([{ path: 'row 2: domain_code', message: expect.any(String) }]);
    expect(parse('A,T,,,P,,,,,,a,L,,')[0]?.path).toBe('row 2: practice_code');
    expect(parse('A,T,,A.1,P,,,,,,,L,,')).toEqual([
      { path: 'row 2: look_for_code', message: 'Give the look-for code.' },
    ]);
    expect(parse('A,T,,A.1,P,,,,,,a,L,,', 'B,U,,A.1,P,,,,,,b,M,,')[0]).toMatchObject({
      path: 'row 3: practice_code',
      message: expect.stringMatching(/already in domain A/),
    });
    expect(parse('A,,,A.1,,,,,,,a,L,,').map((i) => i.path)).toEqual(['row 2: domain_title', 'row 2: practice_title']);
    expect(parse('A,T,,A.1,P,,,,,,,,,')).toEqual([
      { path: 'row 2: look_for_text', message: expect.stringMatching(/no look-for/) },
    ]);
    expect(parse('A,T,,A.1,P,,,,,,a,L,,,,extra')[0]?.path).toBe('row 2');
    expect(parse()).toEqual([{ path: 'row 2', message: 'The file has no rows after the header.' }]);
    expect(parse('A,T,,A.1,P,,,,,,a,"L,,', 'B,U,,B.1,P,,,,,,b,M,,')).toEqual([
      { path: 'row 2', message: expect.stringMatching(/never closed/) },
    ]);
  });

  it('maps schema issues back to rows and columns', () => {
    const long = 'x'.repeat(2001);
    const text = [HEADER, `A,T,,A.1,P,,,,,,bad code!,${long},,`, 'A,T,,A.1,P,,,,,,a,L,,'].join('\n');
    expect(issues(parseFrameworkCsv(text, { locale: 'en' }))).toEqual([
      { path: 'row 2: look_for_code', message: 'Use letters, digits, dots, dashes or underscores.' },
      { path: 'row 2: look_for_text', message: 'Too long: at most 2000 characters.' },
    ]);
    const many = [HEADER, ...Array.from({ length: 11 }, (_, i) => `A,T,,A.1,P,,,,,,l${i},L,,`)].join('\n');
    expect(issues(parseFrameworkCsv(many, { locale: 'en' }))).toEqual([
      { path: 'row 12: look_for_code', message: 'Too many look-fors in a practice: at most 10.' },
    ]);
    const dup = [HEADER, 'A,T,,A.1,P,,,,,,a,L,,', 'A,T,,A.1,P,,,,,,a,M,,'].join('\n');
    expect(issues(parseFrameworkCsv(dup, { locale: 'en' }))).toEqual([
      { path: 'row 3: look_for_code', message: 'Each look-for of a practice needs its own code.' },
    ]);
  });
});

describe('frameworkToCsv', () => {
  it('starts with the template header', () => {
    expect(frameworkToCsv(CONECTA_FRAMEWORK, 'en').split('\r\n')[0]).toBe(HEADER);
  });

  it.each([
    ['en', ','],
    ['es', ','],
    ['en', ';'],
    ['es', ';'],
  ] as const)('writes the built-in framework so that it reads back the same (%s, "%s")', (locale, delimiter) => {
    const csv = frameworkToCsv(CONECTA_FRAMEWORK, locale, { delimiter });
    const title = CONECTA_FRAMEWORK.title[locale] as string;
    const document = ok(parseFrameworkCsv(csv, { locale, title }));
    expect(document.title).toEqual({ [locale]: title });
    expect(document.domains).toEqual(inLocale(CONECTA_FRAMEWORK, locale));
    // One row per look-for, plus the header.
    const lookFors = CONECTA_FRAMEWORK.domains.flatMap((d) => d.practices.flatMap((p) => p.lookFors)).length;
    expect(csv.match(/\r\nD\d\b/g)?.length).toBe(lookFors);
  });

  it('falls back to the other language where a text is missing', () => {
    const document = ok(parseFrameworkCsv(GOOD, { locale: 'en' }));
    const csv = frameworkToCsv(document, 'es');
    expect(csv).toContain('Shared norms');
    expect(ok(parseFrameworkCsv(csv, { locale: 'es' })).domains[0]?.practices[0]?.title).toEqual({
      es: 'Shared norms',
    });
  });
});
