import type { Rule } from '../types';
import { talkRoutine } from './talk';

/** Structured talk (turn-and-talk, think-pair-share…) gives every student a turn to think aloud. */
export const talkNoStructure: Rule = {
  ids: ['talk.no-structure'],
  run(f) {
    if (f.plan.segments.length === 0 || talkRoutine(f)) return [];
    return [f.insight('talk.no-structure', [{ field: 'segments', text: f.parts.absent.talk }])];
  },
};
