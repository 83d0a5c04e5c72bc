import type { Rule } from '../types';
import { closureInText, closureSegments } from './closure';

/** Students, not the teacher, should pull the lesson together at the end. */
export const closureMissing: Rule = {
  ids: ['closure.missing'],
  run(f) {
    if (closureSegments(f).length > 0 || closureInText(f)) return [];
    return [f.insight('closure.missing', [{ field: 'segments', text: f.parts.absent.closure }])];
  },
};
