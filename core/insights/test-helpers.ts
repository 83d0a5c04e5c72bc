import type { LessonPlanDraft } from '../contracts/lesson-plans';
import { analyzePlan } from './index';
import type { AnalyzeContext, Insight } from './types';

/** A neutral plan: each test adds only what it is about. */
export function plan(overrides: Partial<LessonPlanDraft> = {}): LessonPlanDraft {
  return { title: 'Test plan', objectives: [], segments: [], ...overrides };
}

export function run(overrides: Partial<LessonPlanDraft> = {}, context?: AnalyzeContext): Insight[] {
  return analyzePlan(plan(overrides), context).insights;
}

export function ids(overrides: Partial<LessonPlanDraft> = {}, context?: AnalyzeContext): string[] {
  return run(overrides, context).map((i) => i.ruleId);
}

export function find(insights: Insight[], ruleId: string): Insight | undefined {
  return insights.find((i) => i.ruleId === ruleId);
}
