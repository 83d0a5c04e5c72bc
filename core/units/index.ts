export { findMentions, type Mentionable } from './mentions';
export { type CriterionScore, type CriterionSummary, summarizeScores } from './scoring';
