import type { IndicatorCategory } from '../../contracts/reflections';

/**
 * Patterns are JavaScript regular-expression sources written against *folded* text: lower
 * case, no accents ("quizas", not "Quizás"), straight apostrophes, single spaces. Unless
 * `bounded` is false, each pattern only matches whole words.
 */
export interface IndicatorPatterns {
  /** Stable id reported to the teacher and stored with results, e.g. "causal.because". */
  readonly id: string;
  readonly category: IndicatorCategory;
  readonly patterns: readonly string[];
  readonly bounded?: boolean;
}

export interface ReflectionLexicon {
  /** Lexical indicators. Context indicators count only near a mention of students. */
  readonly indicators: readonly IndicatorPatterns[];
  /**
   * Words naming a teaching decision or task (directions, grouping, "I modeled"). A reason
   * counts for level 2 only in a sentence that has one; a plan counts only if it has one.
   */
  readonly teachingCues: readonly string[];
  /** Mentions of students, for "wider context tied to consequences for students". */
  readonly studentRefs: readonly string[];
  /** Verbs of saying; a short quotation right after one is a student quote. */
  readonly speechVerbs: readonly string[];
}
