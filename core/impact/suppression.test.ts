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

  it('in a breakdown, what is hidden stands for nobody or for at least 5 people, and no small row shows', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 12 }), fc.option(cell), (cells, unlisted) => {
        const out = suppressBreakdown(
          cells.map((c, key) => ({ key, cell: c })),
          unlisted,
        );
        const hiddenPeople =
          (unlisted?.people ?? 0) + out.reduce((sum, row, i) => sum + (row.cell.suppressed ? cells[i]!.people : 0), 0);
        const allHidden = out.every((row) => row.cell.suppressed);
        expect(hiddenPeople === 0 || hiddenPeople >= MIN_GROUP || allHidden).toBe(true);
        out.forEach((row, i) => {
          if (cells[i]!.people < MIN_GROUP) expect(row.cell.suppressed).toBe(true);
        });
      }),
    );
  });

  it('two small rows together still under 5 take a third with them', () => {
    const out = suppressBreakdown([
      { key: 'a', cell: { value: 1, people: 30 } },
      { key: 'b', cell: { value: 2, people: 1 } },
      { key: 'c', cell: { value: 3, people: 2 } },
      { key: 'd', cell: { value: 4, people: 9 } },
    ]);
    expect(out.map((row) => row.cell.suppressed)).toEqual([false, true, true, true]);
  });

  it('the part of the total no row shows counts as hidden', () => {
    const rows = [
      { key: 'a', cell: { value: 1, people: 30 } },
      { key: 'b', cell: { value: 2, people: 8 } },
    ];
    expect(suppressBreakdown(rows).map((row) => row.cell.suppressed)).toEqual([false, false]);
    expect(suppressBreakdown(rows, { value: 5, people: 2 }).map((row) => row.cell.suppressed)).toEqual([false, true]);
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
