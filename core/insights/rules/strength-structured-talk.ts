import type { Rule } from '../types';
import { talkRoutine } from './talk';

export const strengthStructuredTalk: Rule = {
  ids: ['strength.structured-talk'],
  run(f) {
    const routine = talkRoutine(f);
    return routine ? [f.insight('strength.structured-talk', [routine], { routine: routine.text })] : [];
  },
};
