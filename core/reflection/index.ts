export { analyzeReflection, type ReflectionResult } from './analyze';
export { type DepthDecision, type DepthSignals, decideLevel, type MissingIngredient } from './cascade';
export { LEXICONS, RULESET_VERSION } from './lexicons';
export { NUDGES, type NudgeId } from './nudges';
