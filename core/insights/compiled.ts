import type { Locale } from '../domain/roles';
import { BLOOM_LEVELS, type BloomLevel, LEXICONS, type Lexicon } from './lexicons';
import { fold } from './text/normalize';
import { type AnalyzedText, phraseStems, stem } from './text/tokenize';

/**
 * The word lists turned, once at module load, into the structures the rules need: stemmed
 * phrase indexes and compiled regular expressions. Nothing here is rebuilt per call.
 */

/** A set of phrases indexed by the stem of their first word. */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: readonly string[], locale: Locale) {
    for (const phrase of phrases) {
      const stems = phraseStems(phrase, locale);
      const first = stems[0];
      if (first === undefined) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push(stems);
      this.byFirst.set(first, list);
    }
    // Longest phrases first, so "turn and talk" wins over "turn".
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Every match as token ranges [from, to] (inclusive), left to right, non-overlapping. */
  findAll(text: AnalyzedText): [number, number][] {
    const out: [number, number][] = [];
    const tokens = text.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const candidates = this.byFirst.get((tokens[i] as { stem: string }).stem);
      if (!candidates) continue;
      for (const stems of candidates) {
        if (i + stems.length > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < stems.length; k++) {
          if (tokens[i + k]?.stem !== stems[k]) {
            ok = false;
            break;
          }
        }
        if (ok) {
          out.push([i, i + stems.length - 1]);
          i += stems.length - 1;
          break;
        }
      }
    }
    return out;
  }

  first(text: AnalyzedText): [number, number] | null {
    return this.findAll(text)[0] ?? null;
  }
}

export type CompiledLexicon = {
  locale: Locale;
  vague: PhraseSet;
  vagueStems: ReadonlySet<string>;
  /** Stem → Bloom level indexes (0 = remember … 5 = create). */
  bloom: ReadonlyMap<string, readonly number[]>;
  /** Stems of every action verb (Bloom table, observable extras and vague verbs). */
  verbStems: ReadonlySet<string>;
  observableStems: ReadonlySet<string>;
  conditionWords: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  studentFrame: RegExp[];
  teacherFrame: RegExp[];
  criterion: RegExp[];
  decisionRule: RegExp[];
  higherOrderPatterns: RegExp[];
  genericSupport: RegExp[];
  genericGroup: RegExp[];
  cfuTechniques: PhraseSet;
  talkStructures: PhraseSet;
  teacherCentred: PhraseSet;
  higherOrder: PhraseSet;
  supportGroups: PhraseSet;
  scaffolds: PhraseSet;
  closureTerms: PhraseSet;
  exitTicketTerms: PhraseSet;
  /** Folded function words, matched by exact form only (see `Lexicon.stopWords`). */
  stopForms: ReadonlySet<string>;
  /** Folded generic classroom words and their stems (see `Lexicon.genericWords`). */
  genericForms: ReadonlySet<string>;
  genericStems: ReadonlySet<string>;
};

const patterns = (sources: readonly string[]) => sources.map((source) => new RegExp(source));

function compile(locale: Locale, lex: Lexicon): CompiledLexicon {
  const bloom = new Map<string, number[]>();
  for (const [verb, levels] of Object.entries(lex.bloom)) {
    const key = stem(fold(verb), locale);
    const merged = new Set([...(bloom.get(key) ?? []), ...levels.map((l: BloomLevel) => BLOOM_LEVELS.indexOf(l))]);
    bloom.set(
      key,
      [...merged].sort((a, b) => a - b),
    );
  }
  const single = (words: readonly string[]) => words.filter((w) => !w.includes(' ')).map((w) => stem(fold(w), locale));
  const vagueStems = new Set(single(lex.vagueVerbs));
  const observableStems = new Set([...bloom.keys(), ...single(lex.observableVerbs)].filter((s) => !vagueStems.has(s)));
  // Function words are never stemmed: their stems collide with content words ("not" = stem of
  // "notes", "com" = stem of "como" and of "comida"). Generic words are, so "activities" meets
  // "activity"; text.test.ts checks their stems against common classroom words.
  const stopForms = new Set(lex.stopWords.map(fold));
  const genericForms = new Set(lex.genericWords.map(fold));
  const genericStems = new Set([...genericForms].map((f) => stem(f, locale)));
  return {
    locale,
    vague: new PhraseSet(lex.vagueVerbs, locale),
    vagueStems,
    bloom,
    verbStems: new Set([...observableStems, ...vagueStems]),
    observableStems,
    conditionWords: new Set(lex.conditionWords.map(fold)),
    coordinators: new Set(lex.coordinators.map(fold)),
    determiners: new Set(lex.determiners.map(fold)),
    studentFrame: patterns(lex.studentFramePatterns),
    teacherFrame: patterns(lex.teacherFramePatterns),
    criterion: patterns(lex.criterionPatterns),
    decisionRule: patterns(lex.decisionRulePatterns),
    higherOrderPatterns: patterns(lex.higherOrderPatterns),
    genericSupport: patterns(lex.genericSupportPatterns),
    genericGroup: patterns(lex.genericGroupPatterns),
    cfuTechniques: new PhraseSet(lex.cfuTechniques, locale),
    talkStructures: new PhraseSet(lex.talkStructures, locale),
    teacherCentred: new PhraseSet(lex.teacherCentredVerbs, locale),
    higherOrder: new PhraseSet(lex.higherOrderPhrases, locale),
    supportGroups: new PhraseSet(lex.supportGroups, locale),
    scaffolds: new PhraseSet(lex.specificScaffolds, locale),
    closureTerms: new PhraseSet(lex.closureTerms, locale),
    exitTicketTerms: new PhraseSet(lex.exitTicketTerms, locale),
    stopForms,
    genericForms,
    genericStems,
  };
}

export const COMPILED: Record<Locale, CompiledLexicon> = {
  en: compile('en', LEXICONS.en),
  es: compile('es', LEXICONS.es),
};

/** The stem under which a token is a known verb (main reading first, then the light one). */
export function verbStem(lex: CompiledLexicon, token: { stem: string; alt: string }): string | null {
  if (lex.verbStems.has(token.stem)) return token.stem;
  if (token.alt !== token.stem && lex.verbStems.has(token.alt)) return token.alt;
  return null;
}

/** First match of any pattern in a normalised text, as [start, end) in that text. */
export function firstMatch(regexes: readonly RegExp[], text: string): [number, number] | null {
  let best: [number, number] | null = null;
  for (const re of regexes) {
    const m = re.exec(text);
    if (m && (best === null || m.index < best[0])) best = [m.index, m.index + m[0].length];
  }
  return best;
}
