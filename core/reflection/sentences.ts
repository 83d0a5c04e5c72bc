/** A half-open range [start, end) in folded text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

// . ! ? … end a sentence; closing quotes and brackets right after them belong to it.
function isTerminator(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}
function isCloser(code: number): boolean {
  return isTerminator(code) || code === 34 || code === 39 || code === 41 || code === 0x201d || code === 0xbb;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text[i] !== ' ' && text[i] !== '\n') return false;
  return true;
}

function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && (text[s] === ' ' || text[s] === '\n')) s++;
  while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\n')) e--;
  return { start: s, end: e };
}

/**
 * Sentences of folded text: split after . ! ? … when followed by a space or the end (so
 * "2.5" and "12/26" stay whole), and at line breaks, because teachers often write lists.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    if (!isBlank(text, start, end)) out.push(trimmed(text, start, end));
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(i);
      start = i + 1;
      continue;
    }
    if (isTerminator(c)) {
      let j = i + 1;
      while (j < text.length && isCloser(text.charCodeAt(j))) j++;
      const next = text.charCodeAt(j);
      if (j >= text.length || next === 32 || next === 10) {
        push(j);
        i = j - 1;
      }
    }
  }
  push(text.length);
  return out;
}

/** Index of the sentence containing position `pos` (sentences sorted, non-overlapping). */
export function sentenceAt(sentences: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(lo, sentences.length - 1));
}

/** Folded-text quotation spans (marks included), of any of the usual pairs. */
const QUOTE = /«[^»\n]{1,400}»|“[^”\n]{1,400}”|"[^"\n]{1,400}"/gu;

export function findQuotes(text: string): Span[] {
  const out: Span[] = [];
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(text); m !== null; m = QUOTE.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Replaces ranges with spaces, keeping positions (so folded-to-original mapping still holds). */
export function mask(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let last = 0;
  for (const span of spans) {
    out += text.slice(last, span.start) + ' '.repeat(span.end - span.start);
    last = span.end;
  }
  return out + text.slice(last);
}
