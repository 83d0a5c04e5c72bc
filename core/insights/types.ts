import type { Insight as InsightShape } from '../contracts/lesson-plans';
import type { PlanFacts } from './facts';
import type { RuleId } from './ruleset';

export type Insight = InsightShape & { ruleId: RuleId };

/** What the caller knows beyond the plan itself. */
export type AnalyzeContext = {
  /** The "next time" of the latest reflection on the same class. */
  previousNextTime?: string | null;
  /** The teacher's current growth-focus practices and their look-for terms. */
  focusPractices?: { id: string; title?: string; lookForTerms: string[] }[];
  /** Rules the teacher dismissed on this plan: they are not returned again. */
  dismissedRuleIds?: string[];
};

/**
 * One rule of PEDAGOGY.md §1. `ids` lists every rule id it may emit (a check and its
 * strength are often two sides of one fact). `run` returns nothing when the rule does not apply.
 */
export type Rule = {
  ids: readonly RuleId[];
  run(facts: PlanFacts): Insight[];
};
