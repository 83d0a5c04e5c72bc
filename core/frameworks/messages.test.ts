import { describe, expect, it } from 'vitest';
import { CONECTA_FRAMEWORK } from './conecta';
import {
  CSV_TEMPLATE_HEADER,
  type ParseResult,
  parseCasePackage,
  parseFrameworkCsv,
  parseFrameworkJson,
} from './index';
import { CONTRACT_MESSAGES, IMPORT_MESSAGES, type MessageKey, placeholders, translator } from './messages';

function issues(result: ParseResult) {
  if (result.ok) throw new Error('expected issues');
  return result.issues;
}
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('the import message catalog', () => {
  it('has English and Spanish for every key, with the same placeholders', () => {
    for (const [key, texts] of Object.entries(IMPORT_MESSAGES)) {
      expect(Object.keys(texts).sort(), key).toEqual(['en', 'es']);
      expect(texts.en.trim(), key).not.toBe('');
      expect(texts.es.trim(), key).not.toBe('');
      expect(placeholders(texts.es), key).toEqual(placeholders(texts.en));
    }
  });

  it('puts every custom message of the framework contract in Spanish', () => {
    const broken = clone(CONECTA_FRAMEWORK) as unknown as {
      code: string;
      title: Record<string, string>;
      domains: { code: string; practices: { code: string; levels: unknown[]; lookFors: { code: string }[] }[] }[];
    };
    broken.code = '-bad code';
    broken.title = {};
    broken.domains[1]!.code = broken.domains[0]!.code;
    const practices = broken.domains[0]!.practices;
    practices[1]!.code = practices[0]!.code;
    practices[0]!.levels = practices[0]!.levels.slice(0, 3);
    practices[0]!.lookFors[1]!.code = practices[0]!.lookFors[0]!.code;
    const messages = issues(parseFrameworkJson(JSON.stringify(broken), { messages: 'es' })).map((i) => i.message);
    const spanish = [...CONTRACT_MESSAGES.values()].map((key) => IMPORT_MESSAGES[key].es);
    expect(spanish).toHaveLength(6);
    expect(messages).toEqual(expect.arrayContaining(spanish));
    expect(messages.filter((m) => CONTRACT_MESSAGES.has(m))).toEqual([]);
  });

  it('fills placeholders and defaults to English', () => {
    expect(translator('es')('csv.domainTitle', { code: 'D1' })).toBe('Escribe el título del dominio D1.');
    expect(translator(undefined)('csv.domainTitle', { code: 'D1' })).toBe('Give the title of domain D1.');
    expect(translator('es').locale).toBe('es');
    const keys: MessageKey[] = ['csv.lookForText'];
    expect(keys.map((k) => translator('en')(k))).toEqual(['Give the look-for text.']);
  });
});

const HEADER = 'domain_code,domain_title,practice_code,practice_title,look_for_code,look_for_text';

describe('CSV issues in Spanish', () => {
  const missingText = [HEADER, 'A,Juntos,A.1,Normas,a,Las normas están a la vista', 'A,,A.1,,b,'].join('\r\n');

  it('answers a missing look_for_text in Spanish, at the same path as in English', () => {
    expect(issues(parseFrameworkCsv(missingText, { locale: 'es', messages: 'es' }))).toEqual([
      { path: 'row 3: look_for_text', message: 'Escribe el texto del indicador observable.' },
    ]);
    expect(issues(parseFrameworkCsv(missingText, { locale: 'es' }))).toEqual([
      { path: 'row 3: look_for_text', message: 'Give the look-for text.' },
    ]);
  });

  it('keeps codes, row numbers and column names in the Spanish text', () => {
    const text = [HEADER, 'A,Juntos,A.1,Normas,a,L', 'A,Otro,A.1,Normas,b,M', 'A,Juntos,A.2,,c,N'].join('\r\n');
    expect(issues(parseFrameworkCsv(text, { locale: 'es', messages: 'es' }))).toEqual([
      {
        path: 'row 3: domain_title',
        message:
          'El dominio A ya tiene otro valor en domain_title en la fila 2 (“Juntos”). Repite el mismo valor o deja la celda vacía.',
      },
      { path: 'row 4: practice_title', message: 'Escribe el título de la práctica A.2.' },
    ]);
    expect(issues(parseFrameworkCsv(`${HEADER},notas\r\nA,T,A.1,P,a,L,x`, { locale: 'es', messages: 'es' }))).toEqual([
      {
        path: 'row 1: notas',
        message: `La columna “notas” no se reconoce. Las columnas son: ${CSV_TEMPLATE_HEADER.join(', ')}.`,
      },
    ]);
  });

  it('puts the schema’s length limit in Spanish', () => {
    const text = `${HEADER}\r\nA,T,A.1,P,a b,${'x'.repeat(2001)}`;
    expect(issues(parseFrameworkCsv(text, { locale: 'es', messages: 'es' }))).toEqual([
      { path: 'row 2: look_for_code', message: 'Usa letras, dígitos, puntos, guiones o guiones bajos.' },
      { path: 'row 2: look_for_text', message: 'Demasiado largo: como máximo 2000 caracteres.' },
    ]);
  });

  it('counts the issues left out in Spanish', () => {
    const rows = Array.from({ length: 120 }, (_, i) => `A,T,A.${i},,a,L`);
    const found = issues(parseFrameworkCsv([HEADER, ...rows].join('\n'), { locale: 'es', messages: 'es' }));
    expect(found).toHaveLength(101);
    expect(found[100]).toEqual({
      path: '',
      message: '…y 20 problemas más. Corrige estos primero y vuelve a importar.',
    });
  });
});

describe('schema issues in Spanish (from the issue’s code and data, not Zod’s text)', () => {
  const json = (document: unknown) => issues(parseFrameworkJson(JSON.stringify(document), { messages: 'es' }));

  it('maps lengths, counts and the contract’s own messages', () => {
    const document = clone(CONECTA_FRAMEWORK) as Record<string, unknown> & typeof CONECTA_FRAMEWORK;
    const practice = document.domains[0]!.practices[0]!;
    practice.title = { en: 'x'.repeat(201) };
    practice.lookFors = [];
    document.domains[1]!.code = document.domains[0]!.code;
    document.domains[0]!.title = {};
    expect(json(document)).toEqual([
      { path: 'domains[0].title', message: 'Escribe el texto en inglés o en español.' },
      { path: 'domains[0].practices[0].title.en', message: 'Demasiado largo: como máximo 200 caracteres.' },
      {
        path: 'domains[0].practices[0].lookFors',
        message: 'Indica al menos un indicador observable para cada práctica.',
      },
      { path: 'domains[1].code', message: 'Cada dominio necesita su propio código.' },
    ]);
  });

  it('maps wrong types, missing fields, wrong values, unknown keys and bad URLs', () => {
    const document = clone(CONECTA_FRAMEWORK) as unknown as Record<string, unknown>;
    document.version = 2;
    document.code = 7;
    delete document.title;
    document.extra = true;
    document.source = { url: 'not a url' };
    const domains = document.domains as { practices: { levels: { level: number }[] }[] }[];
    domains[0]!.practices[0]!.levels[0]!.level = 5;
    expect(json(document)).toEqual(
      expect.arrayContaining([
        { path: 'version', message: 'Usa 1.' },
        { path: 'code', message: 'Se esperaba texto.' },
        { path: 'title', message: 'Este dato es obligatorio.' },
        { path: '', message: 'El campo “extra” no se reconoce: quítalo.' },
        { path: 'source.url', message: 'Escribe una dirección web que empiece por http:// o https://.' },
        { path: 'domains[0].practices[0].levels[0].level', message: 'Usa uno de estos valores: 1, 2, 3, 4.' },
      ]),
    );
  });

  it('answers a file that is not JSON in Spanish, with where it stopped', () => {
    const [issue] = issues(parseFrameworkJson('{"format":', { messages: 'es' }));
    expect(issue?.message).toMatch(
      /^El archivo no es JSON válido( \((línea \d+, columna \d+|en el carácter \d+)\))?\.$/,
    );
    expect(issues(parseFrameworkJson('', { messages: 'es' }))).toEqual([
      { path: '', message: 'El archivo está vacío.' },
    ]);
  });
});

describe('CASE issues in Spanish', () => {
  it('names the item and the limit in Spanish, at the same path', () => {
    const options = { locale: 'es', messages: 'es' } as const;
    expect(issues(parseCasePackage('{"CFItems": []}', options))).toEqual([
      { path: 'CFDocument', message: 'El paquete no tiene CFDocument: ¿es un CFPackage de CASE?' },
    ]);
    const pkg = {
      CFDocument: { identifier: 'doc', title: 'Marco' },
      CFItems: [
        { identifier: 'a', fullStatement: 'Dominio A', humanCodingScheme: 'A' },
        { identifier: 'p', fullStatement: 'Práctica', humanCodingScheme: 'A.1' },
      ],
      CFAssociations: [
        { associationType: 'isChildOf', originNodeURI: { identifier: 'a' }, destinationNodeURI: { identifier: 'doc' } },
        { associationType: 'isChildOf', originNodeURI: { identifier: 'p' }, destinationNodeURI: { identifier: 'a' } },
      ],
    };
    expect(issues(parseCasePackage(JSON.stringify(pkg), options))).toEqual([
      {
        path: 'CFItems[1]',
        message:
          'A.1 “Práctica” es una práctica (segundo nivel) sin indicadores observables debajo. Los marcos de Conecta tienen tres niveles: dominios (elementos bajo el documento) → prácticas → indicadores observables.',
      },
    ]);
  });
});
