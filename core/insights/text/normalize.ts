/**
 * Matching is case- and accent-insensitive ("Comprenderán" matches "comprenderan"), but
 * evidence must quote the teacher's own words. So normalisation keeps a map from every
 * normalised character back to its position in the original string.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII fast path is exactly 0x00-0x7f
const ASCII_ONLY = /^[\x00-\x7f]*$/;

export type Normalized = {
  /** Lower-case text without diacritics. */
  text: string;
  /** For each index of `text`, the index in the original; null when identical (ASCII input). */
  map: number[] | null;
  original: string;
};

/** Lower-case and strip diacritics of one string, keeping the position map. */
export function normalize(original: string): Normalized {
  // Most plans are mostly ASCII; skipping the per-character work keeps analysis fast.
  if (ASCII_ONLY.test(original)) return { text: original.toLowerCase(), map: null, original };
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      text += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : original[i];
      map.push(i);
      continue;
    }
    // Keep surrogate pairs together so emoji and astral characters stay intact.
    const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < original.length;
    const ch = wide ? original.slice(i, i + 2) : (original[i] as string);
    const folded = ch.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
    for (let k = 0; k < folded.length; k++) {
      text += folded[k];
      map.push(i);
    }
    if (wide) i++;
  }
  return { text, map, original };
}

/** Normalise without the map (for lexicon entries and look-for terms). */
export function fold(value: string): string {
  return normalize(value).text;
}

/** The original words behind the normalised span [start, end). */
export function originalSpan(n: Normalized, start: number, end: number): string {
  if (!n.map) return n.original.slice(start, end);
  if (start >= n.map.length) return '';
  const from = n.map[start] as number;
  const to = end < n.map.length ? (n.map[end] as number) : n.original.length;
  return n.original.slice(from, Math.max(to, from + 1));
}
