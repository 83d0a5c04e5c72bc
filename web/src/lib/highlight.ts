export type Part = { text: string; marked: boolean };

const fold = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Splits `text` around every occurrence of the `needles` (case- and accent-insensitive), so a
 * view can wrap them in <mark>. Folding keeps the string's length for Latin text, so positions
 * found in the folded copy are positions in the original.
 */
export function highlight(text: string, needles: readonly string[]): Part[] {
  const folded = fold(text);
  if (folded.length !== text.length) return [{ text, marked: false }];
  const ranges: [number, number][] = [];
  for (const needle of needles) {
    const target = fold(needle.trim());
    if (!target) continue;
    for (let at = folded.indexOf(target); at !== -1; at = folded.indexOf(target, at + target.length)) {
      ranges.push([at, at + target.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: Part[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (start < cursor) continue; // overlapping match: the earlier one wins
    if (start > cursor) parts.push({ text: text.slice(cursor, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length || parts.length === 0) parts.push({ text: text.slice(cursor), marked: false });
  return parts;
}

/** Where the first needle starts and ends in `text`, for selecting it inside an input. */
export function firstRange(text: string, needles: readonly string[]): [number, number] | null {
  let offset = 0;
  for (const part of highlight(text, needles)) {
    if (part.marked) return [offset, offset + part.text.length];
    offset += part.text.length;
  }
  return null;
}
