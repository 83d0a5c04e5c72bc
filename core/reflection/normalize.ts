/**
 * Folding for matching: lower case, accents removed, curly apostrophes made straight and
 * whitespace runs collapsed, so the word lists can be written once without accents
 * ("quizas" matches "Quizás"). Every folded character remembers where it came from, so a
 * match in the folded text maps back to the teacher's exact words (original casing and accents).
 */
export interface Folded {
  /** The folded text that patterns run on. */
  readonly text: string;
  /** For each folded UTF-16 unit, the start index of its source in the original. */
  readonly starts: readonly number[];
  /** For each folded UTF-16 unit, the end index (exclusive) of its source in the original. */
  readonly ends: readonly number[];
}

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '\u00b4', '`']);
const COMBINING = /\p{M}/gu;
const SPACE = /\s/u;

// Non-ASCII characters repeat a lot (á, é, ñ, “); a small cache keeps folding linear and cheap.
const CACHE_LIMIT = 2048;
const cache = new Map<string, string>();

function foldCodePoint(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let folded: string;
  if (APOSTROPHES.has(ch)) folded = "'";
  else if (SPACE.test(ch)) folded = ' ';
  else folded = ch.toLowerCase().normalize('NFD').replace(COMBINING, '');
  if (cache.size < CACHE_LIMIT) cache.set(ch, folded);
  return folded;
}

function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

export function fold(input: string): Folded {
  // Char codes and plain number arrays, joined once at the end: folding is on the hot path.
  const codes: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const SPACE_CODE = 32;
  const NEWLINE_CODE = 10;
  const lastIsSpace = () => {
    const c = codes[codes.length - 1];
    return c === SPACE_CODE || c === NEWLINE_CODE;
  };
  let i = 0;
  while (i < input.length) {
    const code = input.charCodeAt(i);
    if (code < 128) {
      if (isAsciiSpace(code)) {
        // A run of spaces becomes one character; a run containing a line break stays a line
        // break, because line breaks end sentences (teachers often write lists).
        let j = i;
        let newline = false;
        while (j < input.length) {
          const c = input.charCodeAt(j);
          if (isAsciiSpace(c)) {
            if (c === 10 || c === 13) newline = true;
            j++;
          } else if (c >= 128 && SPACE.test(input[j]!)) {
            j++;
          } else break;
        }
        if (lastIsSpace()) {
          if (newline) codes[codes.length - 1] = NEWLINE_CODE;
          ends[ends.length - 1] = j;
        } else {
          codes.push(newline ? NEWLINE_CODE : SPACE_CODE);
          starts.push(i);
          ends.push(j);
        }
        i = j;
        continue;
      }
      codes.push(code >= 65 && code <= 90 ? code + 32 : code);
      starts.push(i);
      ends.push(i + 1);
      i++;
      continue;
    }
    const cp = input.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(input.slice(i, i + width));
    if (folded.length === 0) {
      // A lone combining mark (decomposed input): attach it to the previous character so a
      // span never ends between a letter and its accent.
      if (ends.length > 0) ends[ends.length - 1] = i + width;
    } else if (folded === ' ' && lastIsSpace()) {
      ends[ends.length - 1] = i + width;
    } else {
      for (let k = 0; k < folded.length; k++) {
        codes.push(folded.charCodeAt(k));
        starts.push(i);
        ends.push(i + width);
      }
    }
    i += width;
  }
  let text = '';
  for (let k = 0; k < codes.length; k += 4096) text += String.fromCharCode(...codes.slice(k, k + 4096));
  return { text, starts, ends };
}

/** The original text behind folded positions [start, end). */
export function originalSpan(original: string, folded: Folded, start: number, end: number): string {
  if (end <= start) return '';
  return original.slice(folded.starts[start]!, folded.ends[end - 1]!);
}
