export { checkGoal, GOAL_HINTS, type GoalCheck, type GoalHintId, normalizeGoal } from './goal-check';
export { GOAL_HINT_TEXT, GOAL_READY_TEXT, goalHintText } from './messages';
export { type Progress, type ProgressPoint, progressOf } from './progress';
