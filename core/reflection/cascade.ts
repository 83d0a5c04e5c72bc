import type { ReflectionLevel } from '../contracts/reflections';

/**
 * What the matcher found, reduced to the questions the PEDAGOGY.md §2 cascade asks.
 * Signals found inside a blaming sentence are already left out (see analyze.ts).
 */
export interface DepthSignals {
  /** A causal connective in a sentence that names a teaching decision or task. */
  readonly causalTied: boolean;
  /** A plan for next time that names something the teacher will do (a concrete fix). */
  readonly concretePlan: boolean;
  /** Student-learning evidence: a count, a quote, reported speech, student work. */
  readonly evidence: boolean;
  /** An alternative explanation or hedge, a self-question, or another perspective. */
  readonly weighing: boolean;
  /** A named assumption or belief. */
  readonly assumption: boolean;
  /** Wider context (equity, access, language, policy) near a mention of students. */
  readonly contextTied: boolean;
  /** Blame placed on students or circumstances. */
  readonly blame: boolean;
}

/** The next ingredient the teacher could add; drives the nudge. */
export type MissingIngredient = 'reason' | 'evidence' | 'weighing' | 'plan' | 'assumption-or-context' | 'none';

export interface DepthDecision {
  readonly level: ReflectionLevel;
  readonly missing: MissingIngredient;
  /** True when blame without self-examination is what holds the level down. */
  readonly heldByBlame: boolean;
}

/**
 * The ordered cascade. Each level requires the one below it, so the result can always be
 * explained as "this is present, that is missing":
 *   2: causalTied OR concretePlan
 *   3: level 2 AND evidence AND weighing AND concretePlan  (concretePlan implies level 2)
 *   4: level 3 AND (assumption OR contextTied)
 * Blame without self-examination (no weighing and no named assumption anywhere outside the
 * blaming sentences) caps the level at 2: the reflection may still reason about a teaching
 * decision or plan a fix, but it has not yet looked at its own part.
 */
export function decideLevel(s: DepthSignals): DepthDecision {
  const level2 = s.causalTied || s.concretePlan;
  const level3 = level2 && s.evidence && s.weighing && s.concretePlan;
  const level4 = level3 && (s.assumption || s.contextTied);
  let level: ReflectionLevel = level4 ? 4 : level3 ? 3 : level2 ? 2 : 1;
  const selfExamined = s.weighing || s.assumption;
  const heldByBlame = s.blame && !selfExamined;
  if (heldByBlame && level > 2) level = 2;

  let missing: MissingIngredient;
  if (level === 1) missing = 'reason';
  else if (level === 2) missing = !s.evidence ? 'evidence' : !s.weighing ? 'weighing' : 'plan';
  else if (level === 3) missing = 'assumption-or-context';
  else missing = 'none';
  return { level, missing, heldByBlame };
}
