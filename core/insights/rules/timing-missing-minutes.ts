import { format } from '../messages';
import type { Rule } from '../types';

/** Timing rules apply only when the period length is known. */
export const timingMissingMinutes: Rule = {
  ids: ['timing.missing-minutes'],
  run(f) {
    if (f.plan.periodMinutes == null) return [];
    const missing = f.plan.segments.flatMap((s, i) =>
      s.minutes == null ? [{ field: `segments[${i}].minutes`, text: s.title || f.parts.absent.minutes }] : [],
    );
    if (missing.length === 0) return [];
    return [
      f.insight('timing.missing-minutes', missing, { count: format(f.parts.segmentsCount, { n: missing.length }) }),
    ];
  },
};
