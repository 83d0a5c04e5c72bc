import type { Rule } from '../types';

/** Success criteria let students check their own work against the goal. */
export const successCriteriaMissing: Rule = {
  ids: ['success-criteria.missing'],
  run(f) {
    if (f.successCriteria().length > 0) return [];
    return [
      f.insight('success-criteria.missing', [{ field: 'successCriteria', text: f.parts.absent.successCriteria }]),
    ];
  },
};
