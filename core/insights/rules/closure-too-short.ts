import type { Rule } from '../types';
import { closureSegments } from './closure';

/** Under 3 minutes there is rarely time for students to do the synthesis themselves. */
export const closureTooShort: Rule = {
  ids: ['closure.too-short'],
  run(f) {
    const indexes = closureSegments(f);
    const timed = indexes.filter((i) => typeof f.plan.segments[i]?.minutes === 'number');
    if (timed.length === 0) return [];
    const minutes = timed.reduce((n, i) => n + (f.plan.segments[i]?.minutes ?? 0), 0);
    if (minutes >= 3) return [];
    const evidence = timed.map((i) => ({
      field: `segments[${i}].minutes`,
      text: `${f.plan.segments[i]?.minutes} min`,
    }));
    return [f.insight('closure.too-short', evidence, { minutes })];
  },
};
