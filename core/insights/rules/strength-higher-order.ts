import type { Rule } from '../types';
import { higherOrderQuestion } from './questions';

export const strengthHigherOrder: Rule = {
  ids: ['strength.higher-order'],
  run(f) {
    const q = higherOrderQuestion(f);
    return q ? [f.insight('strength.higher-order', [q], { question: q.text.trim().slice(0, 140) })] : [];
  },
};
