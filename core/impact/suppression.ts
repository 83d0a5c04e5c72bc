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
 * A breakdown (rows that add up to a shown total): suppress the small rows, then keep hiding the
 * next smallest shown row while the hidden rows together stand for fewer than 5 people
 * (complementary suppression), so the total minus the shown rows can never single out a small
 * group. `unlisted` is the part of the total no row shows (facts with no school, team or
 * subject): it counts as hidden too. Empty rows are shown as suppressed but hide nobody.
 */
export function suppressBreakdown<K>(
  rows: { key: K; cell: RawCell }[],
  unlisted: RawCell | null = null,
): { key: K; cell: ShownCell }[] {
  const hidden = new Set<number>();
  let hiddenPeople = unlisted?.people ?? 0;
  rows.forEach((row, i) => {
    if (!suppressCell(row.cell).suppressed) return;
    hidden.add(i);
    hiddenPeople += row.cell.people;
  });
  const shown = rows
    .map((row, i) => ({ row, i }))
    .filter(({ i }) => !hidden.has(i))
    .sort((a, b) => a.row.cell.people - b.row.cell.people || a.i - b.i);
  for (const { row, i } of shown) {
    if (hiddenPeople === 0 || hiddenPeople >= MIN_GROUP) break;
    hidden.add(i);
    hiddenPeople += row.cell.people;
  }
  return rows.map((row, i) => ({ key: row.key, cell: hidden.has(i) ? { suppressed: true } : suppressCell(row.cell) }));
}
