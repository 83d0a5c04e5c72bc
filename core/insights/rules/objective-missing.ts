import type { Rule } from '../types';

/** Without an objective nothing else in the plan can be aligned, so say so first. */
export const objectiveMissing: Rule = {
  ids: ['objective.missing'],
  run(f) {
    if (f.objectives().length > 0) return [];
    return [f.insight('objective.missing', [{ field: 'objectives', text: f.parts.absent.objectives }])];
  },
};
