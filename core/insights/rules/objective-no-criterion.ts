import type { Rule } from '../types';

/** ABCD: a condition ("given…") or a degree ("80 %", "3 de 4") makes success visible. */
export const objectiveNoCriterion: Rule = {
  ids: ['objective.no-criterion'],
  run(f) {
    const objectives = f.objectives();
    const criteria = f.successCriteria();
    if (objectives.length === 0 && criteria.length === 0) return [];
    if (objectives.some((o) => o.criterion !== null)) return [];
    if (criteria.some((c) => f.match(c, f.lex.criterion) !== null)) return [];
    const field = objectives[0]?.field.path ?? criteria[0]?.path ?? 'objectives';
    return [f.insight('objective.no-criterion', [{ field, text: f.parts.absent.criterion }])];
  },
};
