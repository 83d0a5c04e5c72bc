import { INQUIRY_STAGES, type InquiryStage } from '../contracts/inquiry';
import { addDays } from '../domain/calendar';

/*
 * The rules of an inquiry's stages (research/pedagogy.md §8.1, PDSA): a written prediction and at
 * least one measurable evidence source before the test is tried; the result compared with the
 * prediction before reflecting; a reflection before sharing. They hold whatever way the stage is
 * reached — skipping ahead meets every rule on the way — and moving back is always allowed.
 */

export const STAGE_RULES = ['prediction', 'evidence', 'result', 'reflection'] as const;
export type StageRuleId = (typeof STAGE_RULES)[number];

/** What the rules read of an inquiry. */
export type StageFacts = {
  prediction: string | null;
  evidence: readonly { kind: string; description: string }[];
  result: string | null;
  reflection: string | null;
};

/** The first stage each rule guards: from there on, the rule must hold. */
const GUARDS: Record<StageRuleId, InquiryStage> = {
  prediction: 'try',
  evidence: 'try',
  result: 'reflect',
  reflection: 'share',
};

export const stageIndex = (stage: InquiryStage) => INQUIRY_STAGES.indexOf(stage);

const written = (value: string | null | undefined) => (value ?? '').trim().length > 0;

/** A source counts when it says what will be counted or looked at. */
export const measurableSources = (facts: Pick<StageFacts, 'evidence'>) =>
  facts.evidence.filter((source) => written(source.description));

function holds(rule: StageRuleId, facts: StageFacts) {
  if (rule === 'prediction') return written(facts.prediction);
  if (rule === 'evidence') return measurableSources(facts).length > 0;
  if (rule === 'result') return written(facts.result);
  return written(facts.reflection);
}

/** The rules broken by standing at `stage` with these facts, in the order the stages meet them; empty: allowed. */
export function stageProblems(facts: StageFacts, stage: InquiryStage): StageRuleId[] {
  const at = stageIndex(stage);
  return STAGE_RULES.filter((rule) => stageIndex(GUARDS[rule]) <= at && !holds(rule, facts));
}

export const mayStandAt = (facts: StageFacts, stage: InquiryStage) => stageProblems(facts, stage).length === 0;

/** Open more than three weeks ("small, fast tests"): the nudge's rule. */
export const STALE_AFTER_DAYS = 21;

/** Whether an open inquiry started on `openedOn` (YYYY-MM-DD) is stale on `today` (YYYY-MM-DD). */
export function isStale(openedOn: string, today: string, closed: boolean) {
  return !closed && addDays(openedOn, STALE_AFTER_DAYS) < today;
}
