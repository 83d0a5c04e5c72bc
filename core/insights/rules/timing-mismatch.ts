import { format } from '../messages';
import type { Rule } from '../types';

/** More than 10 % off the period: something will be rushed or cut (often the closure). */
export const timingMismatch: Rule = {
  ids: ['timing.mismatch'],
  run(f) {
    const period = f.plan.periodMinutes;
    const sum = f.totalMinutes();
    if (period == null || period <= 0 || sum === null) return [];
    if (Math.abs(sum - period) <= period * 0.1) return [];
    const rounded = Math.round(sum * 10) / 10;
    return [
      f.insight(
        'timing.mismatch',
        [
          { field: 'periodMinutes', text: format(f.parts.period, { period }) },
          { field: 'segments', text: format(f.parts.sum, { sum: rounded }) },
        ],
        { sum: rounded, period },
      ),
    ];
  },
};
