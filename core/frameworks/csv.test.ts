import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_DELIMITERS, csvField, detectDelimiter, parseCsvRecords, writeCsvRecords } from './csv';

const records = (text: string, delimiter?: ',' | ';' | '\t') => parseCsvRecords(text, delimiter).records;

describe('parseCsvRecords (RFC 4180)', () => {
  it('splits fields and records', () => {
    expect(records('a,b,c\r\n1,2,3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(records('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(records('a,b\r1,2\r')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps empty fields and blank lines', () => {
    expect(records(',a,\r\n\r\nb')).toEqual([['', 'a', ''], [''], ['b']]);
    expect(records('')).toEqual([]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    expect(records('"a, b","say ""hi""","line 1\r\nline 2",x\r\n')).toEqual([
      ['a, b', 'say "hi"', 'line 1\r\nline 2', 'x'],
    ]);
    expect(records('"",""""\n')).toEqual([['', '"']]);
  });

  it('strips a UTF-8 BOM', () => {
    expect(records('\uFEFFa,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('is lenient with stray quotes and reports a quote that is never closed', () => {
    expect(records('a"b,c\n')).toEqual([['a"b', 'c']]);
    expect(records('"ab"c,d\n')).toEqual([['abc', 'd']]);
    const open = parseCsvRecords('a,b\n1,"never closed\n3,4\n');
    expect(open.unclosedQuoteRecord).toBe(2);
    expect(parseCsvRecords('a,b\n').unclosedQuoteRecord).toBeNull();
  });

  it('gives the physical line each record starts on (a quoted line break spans lines)', () => {
    expect(parseCsvRecords('a,b\r\n"x\r\ny",1\n\n"p\nq\nr",2\rz,3').recordLines).toEqual([1, 2, 4, 5, 8]);
  });

  it('uses the delimiter it is given', () => {
    expect(records('a;b,c\n', ';')).toEqual([['a', 'b,c']]);
    expect(records('a\tb\n', '\t')).toEqual([['a', 'b']]);
  });
});

describe('detectDelimiter', () => {
  it('picks the most frequent candidate of the header row, outside quotes', () => {
    expect(detectDelimiter('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('\uFEFFa;b;c\n1,2')).toBe(';');
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    expect(detectDelimiter('"x,y";b;c\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
    expect(detectDelimiter('single\n')).toBe(',');
  });
});

describe('writeCsvRecords', () => {
  it('quotes only what needs it and ends records with CRLF', () => {
    expect(writeCsvRecords([['a', 'b c', 'd,e', 'say "x"', 'l1\nl2']])).toBe('a,b c,"d,e","say ""x""","l1\nl2"\r\n');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('a;b', ',')).toBe('a;b');
  });
});

describe('properties', () => {
  // Any text a spreadsheet cell may hold, with the characters that matter to CSV made likely.
  const cell = fc.oneof(
    fc.string(),
    fc.string({ unit: fc.constantFrom('a', ' ', ',', ';', '\t', '"', '\r', '\n', '\uFEFF', 'ñ') }),
  );
  const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });

  it('reads back what it writes, for every delimiter', () => {
    fc.assert(
      fc.property(table, fc.constantFrom(...CSV_DELIMITERS), (rows, delimiter) => {
        const parsed = parseCsvRecords(writeCsvRecords(rows, delimiter), delimiter);
        expect(parsed.unclosedQuoteRecord).toBeNull();
        expect(parsed.records).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });

  it('detects the delimiter of a header written with it', () => {
    const name = fc.stringMatching(/^[a-z_]{1,12}$/);
    fc.assert(
      fc.property(fc.array(name, { minLength: 2, maxLength: 10 }), fc.constantFrom(...CSV_DELIMITERS), (header, d) => {
        expect(detectDelimiter(writeCsvRecords([header, ['x']], d))).toBe(d);
      }),
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', ';', '"', '\r', '\n', ' ') }), (text) => {
        const { records } = parseCsvRecords(text);
        for (const record of records) expect(record.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
