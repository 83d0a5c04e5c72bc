import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_GROUP, suppressBreakdown, suppressCell } from './suppression';

const cell = fc.record({ value: fc.double({ noNaN: true, min: -1e6, max: 1e6 }), people: fc.nat(40) });

describe('small-group suppression', () => {
  it('never shows a value computed from fewer than 5 people', () => {
    fc.assert(
      fc.property(cell, (c) => {
        const shown = suppressCell(c);
        if (c.people < MIN_GROUP) expect(shown).toEqual({ suppressed: true });
        else expect(shown).toEqual({ suppressed: false, value: c.value, people: c.people });
      }),
    );
  });

  it('a suppressed cell carries no value or count at all', () => {
    expect(JSON.stringify(suppressCell({ value: 0.73, people: 4 }))).toBe('{"suppressed":true}');
  });

  it('in a breakdown, never leaves exactly one row suppressed, and never shows a small row', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 12 }), (cells) => {
        const out = suppressBreakdown(cells.map((c, key) => ({ key, cell: c })));
        const hiding = out.filter((row, i) => row.cell.suppressed && cells[i]!.people > 0).length;
        const withPeople = cells.filter((c) => c.people > 0).length;
        expect(hiding === 1 && withPeople > 1).toBe(false);
        out.forEach((row, i) => {
          if (cells[i]!.people < MIN_GROUP) expect(row.cell.suppressed).toBe(true);
        });
      }),
    );
  });

  it('hides the next smallest row beside a lone small one', () => {
    const out = suppressBreakdown([
      { key: 'a', cell: { value: 1, people: 30 } },
      { key: 'b', cell: { value: 2, people: 3 } },
      { key: 'c', cell: { value: 3, people: 8 } },
    ]);
    expect(out.map((row) => row.cell.suppressed)).toEqual([false, true, true]);
  });

  it('leaves a breakdown of large groups untouched', () => {
    const out = suppressBreakdown([
      { key: 'a', cell: { value: 1, people: 5 } },
      { key: 'b', cell: { value: 2, people: 6 } },
    ]);
    expect(out.every((row) => !row.cell.suppressed)).toBe(true);
  });
});
