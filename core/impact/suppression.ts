/**
 * Small-group suppression (PEDAGOGY.md §6: groups smaller than 5 people are never shown). Every
 * number that leaves the server passes through here: a cell computed from fewer than
 * MIN_GROUP distinct people becomes `{ suppressed: true }` with no value and no count.
 */
export const MIN_GROUP = 5;

export type RawCell = { value: number; people: number };
export type ShownCell = { suppressed: false; value: number; people: number } | { suppressed: true };

export function suppressCell(cell: RawCell | null | undefined): ShownCell {
  if (!cell || !(cell.people >= MIN_GROUP) || !Number.isFinite(cell.value)) return { suppressed: true };
  return { suppressed: false, value: cell.value, people: cell.people };
}

/**
 * A breakdown (rows that add up to a shown total): suppress the small rows, and when exactly one
 * row with people in it is suppressed, suppress the next smallest as well (complementary
 * suppression), so the total minus the shown rows cannot reveal the hidden one. Empty rows are
 * shown as suppressed too but hide nobody, so they do not count.
 */
export function suppressBreakdown<K>(rows: { key: K; cell: RawCell }[]): { key: K; cell: ShownCell }[] {
  const small = new Set<number>();
  let hidingSomeone = 0;
  rows.forEach((row, i) => {
    if (!suppressCell(row.cell).suppressed) return;
    small.add(i);
    if (row.cell.people > 0) hidingSomeone += 1;
  });
  if (hidingSomeone === 1) {
    const shown = rows.map((row, i) => ({ row, i })).filter(({ i }) => !small.has(i));
    shown.sort((a, b) => a.row.cell.people - b.row.cell.people || a.i - b.i);
    if (shown.length > 0) small.add(shown[0]!.i);
  }
  return rows.map((row, i) => ({ key: row.key, cell: small.has(i) ? { suppressed: true } : suppressCell(row.cell) }));
}
