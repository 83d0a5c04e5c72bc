import type { InsightKind } from '../contracts/lesson-plans';

/** Every rule id of PEDAGOGY.md §1 and its kind. Tests check each insight against this table. */
export const RULE_KINDS = {
  'objective.missing': 'suggestion',
  'objective.vague-verb': 'question',
  'objective.no-student-frame': 'question',
  'objective.too-many': 'suggestion',
  'objective.no-criterion': 'question',
  'success-criteria.missing': 'suggestion',
  'timing.missing-minutes': 'suggestion',
  'timing.mismatch': 'question',
  'closure.missing': 'suggestion',
  'closure.too-short': 'question',
  'cfu.missing': 'question',
  'cfu.no-decision-rule': 'question',
  'cfu.long-gap': 'question',
  'exit-ticket.missing': 'suggestion',
  'alignment.exit-ticket-objective': 'question',
  'alignment.bloom-gap': 'question',
  'talk.no-structure': 'question',
  'talk.teacher-dominated': 'question',
  'questions.no-higher-order': 'question',
  'supports.missing': 'question',
  'supports.generic': 'question',
  'carry-forward.unaddressed': 'question',
  'focus.absent': 'question',
  'rationale.prompt': 'question',
  'strength.measurable-objective': 'strength',
  'strength.aligned-exit-ticket': 'strength',
  'strength.cfu-with-decision-rule': 'strength',
  'strength.structured-talk': 'strength',
  'strength.higher-order': 'strength',
  'strength.specific-supports': 'strength',
} as const satisfies Record<string, InsightKind>;

export type RuleId = keyof typeof RULE_KINDS;
export const RULE_IDS = Object.keys(RULE_KINDS) as RuleId[];

export function isRuleId(value: string): value is RuleId {
  return Object.hasOwn(RULE_KINDS, value);
}
