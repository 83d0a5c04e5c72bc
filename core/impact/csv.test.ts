import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, toCsv } from './csv';

describe('CSV export', () => {
  it('starts with a BOM and ends rows with CRLF', () => {
    expect(toCsv(['a', 'b'], [['x', 1]])).toBe(`${BOM}a,b\r\nx,1\r\n`);
  });

  it('defuses formulas: = + - @ cells start with an apostrophe', () => {
    for (const bad of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)'])
      expect(csvCell(bad).replace(/^"/, '')[0]).toBe("'");
    expect(csvCell(-2)).toBe('-2');
  });

  it('no text cell ever begins with a formula character once written', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const written = csvCell(text).replace(/^"/, '');
        expect(/^[=+\-@]/.test(written)).toBe(false);
      }),
    );
  });

  it('quotes commas, quotes and newlines', () => {
    expect(csvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
  });
});
