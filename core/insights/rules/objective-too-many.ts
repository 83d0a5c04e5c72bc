import { format } from '../messages';
import type { Rule } from '../types';

/**
 * One lesson, one or two objectives: more dilutes the checks and the exit ticket. Only
 * separate student actions count (see VerbHit.action): gerunds ("…, solving 3 of 4") state
 * a condition, and "use X to find Y" is one action with a purpose.
 */
export const objectiveTooMany: Rule = {
  ids: ['objective.too-many'],
  run(f) {
    const objectives = f.objectives();
    const units = objectives.reduce((n, o) => n + o.units.filter((u) => u.verbs.length > 0).length, 0);
    const count = Math.max(objectives.length, units);
    if (count > 2) {
      const evidence = objectives.map((o) => ({ field: o.field.path, text: o.field.original }));
      return [f.insight('objective.too-many', evidence, { count: format(f.parts.objectivesCount, { n: count }) })];
    }
    for (const o of objectives) {
      for (const unit of o.units) {
        const actions = unit.verbs.filter((v) => v.action);
        const distinct = [...new Map(actions.map((v) => [v.stem, v.word])).values()];
        if (distinct.length > 2) {
          return [
            f.insight('objective.too-many', [{ field: o.field.path, text: distinct.join(', ') }], {
              count: format(f.parts.verbsCount, { n: distinct.length }),
            }),
          ];
        }
      }
    }
    return [];
  },
};
