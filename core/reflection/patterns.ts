import type { IndicatorCategory } from '../contracts/reflections';
import type { Locale } from '../domain/roles';
import { LEXICONS, type ReflectionLexicon } from './lexicons';

export interface CompiledRule {
  readonly id: string;
  readonly category: IndicatorCategory;
  /** Global, scanned with `nextMatch` over a whole field. */
  readonly regex: RegExp;
  /** Whole words only: the match may not follow a letter or digit. */
  readonly bounded: boolean;
}

export interface CompiledLexicon {
  readonly rules: readonly CompiledRule[];
  /** Global; use `matchesIn` on one sentence. */
  readonly teachingCue: RegExp;
  /** Global; plans that name no move ("do better"), scanned with `nextMatch`. */
  readonly vaguePlan: RegExp;
  readonly studentRef: RegExp;
  /** Matches a verb of saying at the end of the text just before a quotation. */
  readonly speechBefore: RegExp;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/*
 * Whole-word matching that also works past ASCII (\b does not know "ñ"). The right edge is a
 * lookahead in the pattern; the left edge is checked in code (`nextMatch`), because a
 * leading Unicode lookbehind stops V8 from skipping ahead to likely first characters and made
 * scanning about 8 times slower. Both give the same matches.
 */
function alternation(patterns: readonly string[], bounded: boolean): string {
  const body = patterns.map((p) => `(?:${p})`).join('|');
  return bounded ? `(?:${body})(?![\\p{L}\\p{N}])` : body;
}

/** The next match at or after regex.lastIndex whose left edge is a word boundary, or null. */
export function nextMatch(regex: RegExp, text: string, bounded = true): RegExpExecArray | null {
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex = m.index + 1;
      continue;
    }
    if (bounded && m.index > 0 && WORD_CHAR.test(text[m.index - 1]!)) {
      regex.lastIndex = m.index + 1;
      continue;
    }
    return m;
  }
  return null;
}

/** Whether a bounded global regex matches somewhere in text[start, end). */
export function matchesIn(regex: RegExp, text: string, start: number, end: number): boolean {
  const slice = text.slice(start, end);
  regex.lastIndex = 0;
  return nextMatch(regex, slice) !== null;
}

function compile(lexicon: ReflectionLexicon): CompiledLexicon {
  return {
    rules: lexicon.indicators.map((rule) => {
      const bounded = rule.bounded ?? true;
      return {
        id: rule.id,
        category: rule.category,
        regex: new RegExp(alternation(rule.patterns, bounded), 'gu'),
        bounded,
      };
    }),
    teachingCue: new RegExp(alternation(lexicon.teachingCues, true), 'gu'),
    vaguePlan: new RegExp(alternation(lexicon.vaguePlans, true), 'gu'),
    studentRef: new RegExp(alternation(lexicon.studentRefs, true), 'gu'),
    speechBefore: new RegExp(`(?<![\\p{L}\\p{N}])${alternation(lexicon.speechVerbs, true)}[\\s,:;—–-]*$`, 'u'),
  };
}

// Compiled once at module load: analysis runs on every keystroke in the browser.
export const COMPILED: Readonly<Record<Locale, CompiledLexicon>> = {
  en: compile(LEXICONS.en),
  es: compile(LEXICONS.es),
};
