import type { Rule } from '../types';
import { higherOrderQuestion } from './questions';

/** Why/how/justify questions push students past recall. */
export const questionsNoHigherOrder: Rule = {
  ids: ['questions.no-higher-order'],
  run(f) {
    if (higherOrderQuestion(f)) return [];
    if (f.plan.segments.length === 0 && !f.exitTicket()) return [];
    return [f.insight('questions.no-higher-order', [{ field: 'segments', text: f.parts.absent.higherOrder }])];
  },
};
