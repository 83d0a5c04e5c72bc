export { QUESTION_HINT_TEXT, QUESTION_READY_TEXT, STAGE_RULE_TEXT, stageRuleText } from './messages';
export { checkQuestion, QUESTION_HINTS, type QuestionCheck, type QuestionHintId } from './question-check';
export {
  isStale,
  mayStandAt,
  STALE_AFTER_DAYS,
  type StageFacts,
  type StageRuleId,
  stageIndex,
  stageProblems,
} from './stages';
