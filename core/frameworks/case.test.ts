import { describe, expect, it } from 'vitest';
import type { FrameworkDocument } from '../contracts/frameworks';
import riverbend from './fixtures/case-v1p0-riverbend.json';
import valleClaro from './fixtures/case-v1p1-valle-claro.json';
import { type ParseResult, parseCasePackage } from './index';

function ok(result: ParseResult): FrameworkDocument {
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.document;
}
function issues(result: ParseResult) {
  if (result.ok) throw new Error('expected issues');
  return result.issues;
}
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const outline = (document: FrameworkDocument) =>
  document.domains.map((d) => [d.code, d.practices.map((p) => [p.code, p.lookFors.map((l) => l.code)])]);

/** A package built in the test: items by code, `tree` as parent code → child codes. */
function pkg(tree: Record<string, string[]>, extra: Record<string, unknown> = {}) {
  const codes = [...new Set(Object.entries(tree).flatMap(([parent, children]) => [parent, ...children]))].filter(
    (c) => c !== 'DOC',
  );
  const id = (code: string) => (code === 'DOC' ? 'doc-1' : `item-${code}`);
  return JSON.stringify({
    CFDocument: { identifier: 'doc-1', uri: 'urn:doc-1', title: 'Test framework', creator: 'Tester' },
    CFItems: codes.map((code) => ({
      identifier: id(code),
      fullStatement: `Statement ${code}`,
      humanCodingScheme: code,
    })),
    CFAssociations: Object.entries(tree).flatMap(([parent, children]) =>
      children.map((child, i) => ({
        associationType: 'isChildOf',
        originNodeURI: { identifier: id(child) },
        destinationNodeURI: { identifier: id(parent) },
        sequenceNumber: i + 1,
      })),
    ),
    ...extra,
  });
}

describe('parseCasePackage: the CASE 1.0 fixture', () => {
  const document = ok(parseCasePackage(JSON.stringify(riverbend), { locale: 'en' }));

  it('builds domains → practices → look-fors from isChildOf, ordered by sequenceNumber', () => {
    expect(outline(document)).toEqual([
      [
        'LE',
        [
          ['LE.1', ['LE.1.a', 'LE.1.b']],
          ['LE.P2', ['LE.P2.L1', 'LE.P2.L2']],
        ],
      ],
      [
        'IN',
        [
          ['IN.1', ['IN.1.a', 'IN.1.b', 'IN.1.c']],
          ['IN.2', ['IN.2.a', 'IN.2.b']],
        ],
      ],
    ]);
  });

  it('takes titles from abbreviatedStatement (else fullStatement) and text from fullStatement, in the locale', () => {
    const [le1, le2] = document.domains[0]?.practices ?? [];
    expect(le1?.title).toEqual({ en: 'Shared norms' });
    expect(le1?.description).toEqual({ en: 'The class agrees on and uses shared norms for working together.' });
    expect(le2?.title).toEqual({ en: 'Mistakes are treated as a normal and useful part of learning.' });
    expect(le2?.description).toBeUndefined();
    expect(le1?.lookFors[0]?.text).toEqual({
      en: 'Norms are posted in student language and referred to during group work.',
    });
    expect(le1?.levels).toEqual([]);
  });

  it('records the source: creator, official URL, license and CFDocument identifier', () => {
    expect(document.title).toEqual({ en: 'Riverbend Classroom Practice Guide' });
    expect(document.code).toBe('riverbend-classroom-practice-guide');
    expect(document.source).toEqual({
      name: 'Riverbend Unified School District',
      url: 'https://riverbend.example.org/practice-guide',
      license: 'Creative Commons Attribution 4.0',
      caseIdentifier: 'c0ffee00-1111-1111-1111-000000000001',
    });
  });
});

describe('parseCasePackage: the CASE 1.1 fixture', () => {
  const document = ok(parseCasePackage(JSON.stringify(valleClaro), { locale: 'es' }));

  it('steps through the single item that wraps the domains', () => {
    expect(outline(document)).toEqual([
      [
        'LAB.A',
        [
          ['LAB.A.1', ['LAB.A.1.a', 'LAB.A.1.b']],
          ['LAB.A.2', ['LAB.A.2.a', 'LAB.A.2.b']],
        ],
      ],
      ['LAB.B', [['LAB.B.1', ['LAB.B.1.a', 'LAB.B.1.b', 'LAB.B.1.c']]]],
    ]);
    expect(document.domains[0]?.title).toEqual({ es: 'Preparar la indagación' });
  });

  it('maps a four-level rubric criterion on a practice to levels 1–4, lowest score first', () => {
    const practice = document.domains[0]?.practices[0];
    expect(practice?.levels.map((l) => [l.level, l.label.es])).toEqual([
      [1, 'Emergente'],
      [2, 'En progreso'],
      [3, 'Consolidado'],
      [4, 'Autónomo'],
    ]);
    expect(practice?.levels[0]?.descriptor).toEqual({
      es: 'Los grupos siguen los pasos del experimento sin una pregunta propia.',
    });
  });

  it('ignores criteria with other than four levels, or that point at a look-for', () => {
    expect(document.domains[0]?.practices[1]?.levels).toEqual([]);
    expect(document.domains[1]?.practices[0]?.levels).toEqual([]);
  });

  it('uses the document URI when there is no official source URL, and leaves out an absent license', () => {
    expect(document.source).toEqual({
      name: 'Red de Ciencias Valle Claro',
      url: 'https://case.valleclaro.example.org/ims/case/v1p1/CFDocuments/5b7e9c1a-2d3f-4e5a-9b8c-7d6e5f4a3b21',
      caseIdentifier: '5b7e9c1a-2d3f-4e5a-9b8c-7d6e5f4a3b21',
    });
  });

  it('orders rubric levels by position when scores are missing, and labels them by default when unnamed', () => {
    const changed = clone(valleClaro);
    const levels = changed.CFRubrics[0]?.CFRubricCriteria[0]?.CFRubricCriterionLevels as Record<string, unknown>[];
    for (const level of levels) {
      delete level.score;
      delete level.quality;
    }
    const practice = ok(parseCasePackage(JSON.stringify(changed), { locale: 'es' })).domains[0]?.practices[0];
    // position 1 is listed first in the fixture (the highest quality): position order wins.
    expect(practice?.levels.map((l) => l.label.es)).toEqual(['Inicial', 'En desarrollo', 'Competente', 'Ejemplar']);
    expect(practice?.levels[0]?.descriptor.es).toMatch(/^Los grupos formulan sus propias preguntas/);
  });

  it('accepts a package wrapped as { CFPackage: … }', () => {
    expect(ok(parseCasePackage(JSON.stringify({ CFPackage: valleClaro }), { locale: 'es' })).code).toBe(document.code);
  });
});

describe('parseCasePackage: codes', () => {
  it('derives codes from position when items have none: D1, D1.P1, D1.P1.L1', () => {
    const text = pkg({ DOC: ['x', 'y'], x: ['x1'], x1: ['x1a', 'x1b'], y: ['y1'], y1: ['y1a'] }).replaceAll(
      /"humanCodingScheme":"[^"]*"/g,
      '"humanCodingScheme":""',
    );
    expect(outline(ok(parseCasePackage(text, { locale: 'en' })))).toEqual([
      ['D1', [['D1.P1', ['D1.P1.L1', 'D1.P1.L2']]]],
      ['D2', [['D2.P1', ['D2.P1.L1']]]],
    ]);
  });

  it('makes codes valid and unique where the framework needs them', () => {
    const json = JSON.parse(pkg({ DOC: ['A', 'B'], A: ['p 1'], 'p 1': ['x1', 'x2'], B: ['q'], q: ['z'] }));
    const hcs = (id: string, code: string) => {
      json.CFItems.find((i: { identifier: string }) => i.identifier === id).humanCodingScheme = code;
    };
    hcs('item-q', 'p 1'); // the same practice code in two domains
    hcs('item-x2', 'x1'); // the same look-for code twice in a practice
    expect(outline(ok(parseCasePackage(JSON.stringify(json), { locale: 'en' })))).toEqual([
      ['A', [['p-1', ['x1', 'p-1.L2']]]],
      ['B', [['B.p-1', ['z']]]],
    ]);
  });
});

describe('parseCasePackage: problems', () => {
  it('refuses what is not a CASE package', () => {
    expect(issues(parseCasePackage('not json', { locale: 'en' }))[0]).toMatchObject({
      path: '',
      message: /not valid JSON/,
    });
    expect(issues(parseCasePackage('[1,2]', { locale: 'en' }))[0]?.path).toBe('');
    expect(issues(parseCasePackage('{"CFItems": []}', { locale: 'en' }))[0]).toMatchObject({
      path: 'CFDocument',
      message: /no CFDocument/,
    });
    expect(issues(parseCasePackage('{"format":"conecta-framework"}', { locale: 'en' }))[0]?.message).toMatch(/as JSON/);
  });

  it('needs items attached to the document', () => {
    expect(
      issues(parseCasePackage('{"CFDocument":{"identifier":"d","title":"T"},"CFItems":[]}', { locale: 'en' })),
    ).toEqual([{ path: 'CFItems', message: 'The package has no CFItems.' }]);
    const orphan = pkg({ A: ['B'] });
    expect(issues(parseCasePackage(orphan, { locale: 'en' }))).toEqual([
      { path: 'CFAssociations', message: expect.stringMatching(/No item is attached to the CFDocument/) },
    ]);
  });

  it('explains a tree that does not fit domain → practice → look-for', () => {
    const twoLevels = issues(parseCasePackage(pkg({ DOC: ['A', 'B'], A: ['a1'], B: ['b1'] }), { locale: 'en' }));
    expect(twoLevels.map((i) => i.path)).toEqual(['CFItems[2]', 'CFItems[3]']);
    expect(twoLevels[0]?.message).toMatch(
      /a1 “Statement a1” is a practice \(second level\) with no look-fors under it/,
    );
    expect(twoLevels[0]?.message).toMatch(/three levels/);

    const fourLevels = issues(
      parseCasePackage(pkg({ DOC: ['A', 'B'], A: ['a1'], a1: ['a1x'], a1x: ['deep'], B: ['b1'], b1: ['b1x'] }), {
        locale: 'en',
      }),
    );
    expect(fourLevels).toEqual([{ path: 'CFItems[3]', message: expect.stringMatching(/a fourth level/) }]);

    const emptyDomain = issues(parseCasePackage(pkg({ DOC: ['A', 'B'], A: ['a1'], a1: ['x'] }), { locale: 'en' }));
    expect(emptyDomain).toEqual([
      { path: 'CFItems[1]', message: expect.stringMatching(/domain with nothing under it/) },
    ]);
  });

  it('reports more than the limits allow', () => {
    const domains = Array.from({ length: 13 }, (_, i) => `d${i}`);
    const tree: Record<string, string[]> = { DOC: domains };
    for (const d of domains) {
      tree[d] = [`${d}p`];
      tree[`${d}p`] = [`${d}l`];
    }
    expect(issues(parseCasePackage(pkg(tree), { locale: 'en' }))).toEqual([
      { path: 'CFDocument', message: 'The document has 13 top-level items; a framework has at most 12 domains.' },
    ]);
    const lookFors = Array.from({ length: 11 }, (_, i) => `l${i}`);
    expect(issues(parseCasePackage(pkg({ DOC: ['A'], A: ['p'], p: lookFors }), { locale: 'en' }))).toEqual([
      { path: 'CFItems[1]', message: 'p “Statement p” has 11 look-fors; a practice has at most 10.' },
    ]);
  });

  it('names an item without a statement', () => {
    const broken = clone(riverbend);
    delete (broken.CFItems[10] as Record<string, unknown>).fullStatement;
    expect(issues(parseCasePackage(JSON.stringify(broken), { locale: 'en' }))).toEqual([
      { path: 'CFItems[10]', message: 'This item has no fullStatement.' },
    ]);
  });

  it('refuses a tree nested far deeper than a framework', () => {
    const chain: Record<string, string[]> = { DOC: ['n0'] };
    for (let i = 0; i < 5000; i++) chain[`n${i}`] = [`n${i + 1}`];
    expect(issues(parseCasePackage(pkg(chain), { locale: 'en' }))).toEqual([
      { path: 'CFItems[31]', message: expect.stringMatching(/more than 32 levels deep/) },
    ]);
  });

  it('survives cycles and items with several parents', () => {
    const text = pkg({ DOC: ['A'], A: ['p'], p: ['l', 'm'], l: ['A'], m: [] });
    expect(outline(ok(parseCasePackage(text, { locale: 'en' })))).toEqual([['A', [['p', ['l', 'm']]]]]);
    const twoParents = pkg({ DOC: ['A', 'B'], A: ['p'], B: ['q'], p: ['l'], q: ['l', 'k'] });
    expect(outline(ok(parseCasePackage(twoParents, { locale: 'en' })))).toEqual([
      ['A', [['p', ['l']]]],
      ['B', [['q', ['k']]]],
    ]);
  });
});
