import type { Locale } from '../../domain/roles';
import { type Normalized, normalize, originalSpan } from './normalize';
import { stemEn } from './stem-en';
import { stemEs, stemEsLight } from './stem-es';

/**
 * One word of a field: normalised form, stem, an alternative stem for verb look-ups (Spanish
 * only; equal to `stem` otherwise) and its place in the normalised text.
 */
export type Token = { norm: string; stem: string; alt: string; start: number; end: number };

export type AnalyzedText = Normalized & { tokens: Token[] };

const STEMMERS: Record<Locale, (word: string) => string> = { en: stemEn, es: stemEs };
const ALT_STEMMERS: Record<Locale, (word: string) => string> = { en: stemEn, es: stemEsLight };
const WORD = /[\p{L}\p{N}]+/gu;

// Stems repeat a lot across plans; a bounded memo keeps the hot loop to one Map lookup.
const MEMO: Record<Locale, Map<string, [string, string]>> = { en: new Map(), es: new Map() };
const MEMO_LIMIT = 20_000;

function stems(word: string, locale: Locale): [string, string] {
  const memo = MEMO[locale];
  const cached = memo.get(word);
  if (cached !== undefined) return cached;
  const main = STEMMERS[locale](word);
  const alt = locale === 'en' ? main : ALT_STEMMERS[locale](word);
  const value: [string, string] = [main, alt];
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, value);
  return value;
}

export function stem(word: string, locale: Locale): string {
  return stems(word, locale)[0];
}

export function analyzeText(original: string, locale: Locale): AnalyzedText {
  const n = normalize(original);
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(n.text); m !== null; m = WORD.exec(n.text)) {
    const norm = m[0];
    const [main, alt] = stems(norm, locale);
    tokens.push({ norm, stem: main, alt, start: m.index, end: m.index + norm.length });
  }
  return { ...n, tokens };
}

/** Stems of a lexicon phrase ("turn and talk" → ["turn", "and", "talk"]). */
export function phraseStems(phrase: string, locale: Locale): string[] {
  return analyzeText(phrase, locale).tokens.map((t) => t.stem);
}

export function tokenText(text: AnalyzedText, from: number, to: number): string {
  const a = text.tokens[from];
  const b = text.tokens[to];
  if (!a || !b) return '';
  return originalSpan(text, a.start, b.end);
}
