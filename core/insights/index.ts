import type { InsightsResult, LessonPlanDraft } from '../contracts/lesson-plans';
import { PlanFacts } from './facts';
import { RULESET_VERSION } from './lexicons';
import { RULES } from './rules';
import type { AnalyzeContext, Insight } from './types';

export { RULESET_VERSION } from './lexicons';
export { RULE_RESOURCES, STRATEGY_CARD_IDS, type StrategyCardId } from './resources';
export { isRuleId, RULE_IDS, RULE_KINDS, type RuleId } from './ruleset';
export type { AnalyzeContext, Insight, Rule } from './types';

/**
 * Runs every rule of PEDAGOGY.md §1 on a plan. Pure and synchronous: no network, no clock,
 * no randomness, so the browser and the server give the same answer for the same input
 * and ruleset version. Rules the teacher dismissed on this plan are left out.
 */
export function analyzePlan(
  plan: LessonPlanDraft,
  context: AnalyzeContext = {},
): InsightsResult & { insights: Insight[] } {
  const facts = new PlanFacts(plan, context);
  const dismissed = new Set(context.dismissedRuleIds ?? []);
  const insights: Insight[] = [];
  for (const rule of RULES) {
    if (rule.ids.every((id) => dismissed.has(id))) continue;
    for (const insight of rule.run(facts)) if (!dismissed.has(insight.ruleId)) insights.push(insight);
  }
  return { rulesetVersion: RULESET_VERSION, insights };
}
