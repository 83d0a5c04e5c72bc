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
  /**
   * Plans that name no move: "do better", "make the lesson more engaging", "mejorar la clase".
   * Their words are set aside before a plan is checked for a teaching cue, as are the words of
   * the `future-plan.next-time` markers themselves ("next lesson", "la próxima clase"), so only
   * what the teacher will actually do makes a plan concrete (PEDAGOGY.md §2, levels 2 and 3).
   */
  readonly vaguePlans: readonly string[];
  /** Mentions of students, for "wider context tied to consequences for students". */
  readonly studentRefs: readonly string[];
  /** Verbs of saying; a short quotation right after one is a student quote. */
  readonly speechVerbs: readonly string[];
}
