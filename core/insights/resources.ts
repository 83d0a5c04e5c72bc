import type { RuleId } from './ruleset';

/**
 * Stable slugs of the strategy cards the insights link to. The starter library uses these
 * ids, so rename none of them: add new ones instead.
 */
export const STRATEGY_CARD_IDS = [
  'measurable-objectives',
  'success-criteria',
  'checks-for-understanding',
  'hinge-questions',
  'exit-tickets',
  'structured-student-talk',
  'higher-order-questions',
  'closure',
  'pacing',
  'language-supports',
  'accommodations',
  'extension',
  'misconceptions',
  'carry-forward',
  'planning-rationale',
  'growth-focus',
  'backward-design',
] as const;
export type StrategyCardId = (typeof STRATEGY_CARD_IDS)[number];

/** Which cards each rule opens (first one is the main read). */
export const RULE_RESOURCES: Record<RuleId, readonly StrategyCardId[]> = {
  'objective.missing': ['measurable-objectives', 'backward-design'],
  'objective.vague-verb': ['measurable-objectives'],
  'objective.no-student-frame': ['measurable-objectives'],
  'objective.too-many': ['measurable-objectives'],
  'objective.no-criterion': ['measurable-objectives', 'success-criteria'],
  'success-criteria.missing': ['success-criteria'],
  'timing.missing-minutes': ['pacing'],
  'timing.mismatch': ['pacing'],
  'closure.missing': ['closure', 'exit-tickets'],
  'closure.too-short': ['closure', 'pacing'],
  'cfu.missing': ['checks-for-understanding', 'hinge-questions'],
  'cfu.no-decision-rule': ['hinge-questions', 'checks-for-understanding'],
  'cfu.long-gap': ['checks-for-understanding', 'pacing'],
  'exit-ticket.missing': ['exit-tickets'],
  'alignment.exit-ticket-objective': ['exit-tickets', 'backward-design'],
  'alignment.bloom-gap': ['exit-tickets', 'higher-order-questions'],
  'talk.no-structure': ['structured-student-talk'],
  'talk.teacher-dominated': ['structured-student-talk', 'pacing'],
  'questions.no-higher-order': ['higher-order-questions'],
  'supports.missing': ['language-supports', 'accommodations', 'extension'],
  'supports.generic': ['language-supports', 'accommodations', 'extension'],
  'carry-forward.unaddressed': ['carry-forward'],
  'focus.absent': ['growth-focus'],
  'rationale.prompt': ['planning-rationale'],
  'strength.measurable-objective': ['measurable-objectives'],
  'strength.aligned-exit-ticket': ['exit-tickets', 'backward-design'],
  'strength.cfu-with-decision-rule': ['hinge-questions'],
  'strength.structured-talk': ['structured-student-talk'],
  'strength.higher-order': ['higher-order-questions'],
  'strength.specific-supports': ['language-supports', 'accommodations'],
};
