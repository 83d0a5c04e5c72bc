export { localized, percentOf, progressOf, shownStepCounts, stepCounts } from './progress';
export { moveStep, planSteps, removeStep, type StepPlan, type StepProblem, statusProblem } from './steps';
