import type { Rule } from '../types';

/**
 * "Understand", "know", "comprender"… name no behaviour a teacher can see. A vague verb is
 * only questioned when no observable verb stands in the same sentence ("learn to solve" is fine).
 */
export const objectiveVagueVerb: Rule = {
  ids: ['objective.vague-verb'],
  run(f) {
    const out = [];
    for (const o of f.objectives()) {
      for (const unit of o.units) {
        if (unit.vague.length === 0) continue;
        if (unit.verbs.some((v) => f.lex.observableStems.has(v.stem))) continue;
        const verb = unit.vague[0] as string;
        out.push(f.insight('objective.vague-verb', [{ field: o.field.path, text: verb }], { verb }));
        break;
      }
    }
    return out;
  },
};
