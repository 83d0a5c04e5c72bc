import type { Rule } from '../types';

/** Student frame + observable verb + no vague-only sentence + a condition or degree. */
export const strengthMeasurableObjective: Rule = {
  ids: ['strength.measurable-objective'],
  run(f) {
    for (const o of f.objectives()) {
      const framed = o.studentFrameAt >= 0 || o.implicitStudentVerb;
      const teacherFirst = o.teacherFrameAt >= 0 && (o.studentFrameAt < 0 || o.teacherFrameAt < o.studentFrameAt);
      const observable = o.verbs.some((v) => f.lex.observableStems.has(v.stem));
      const vagueOnly = o.units.some(
        (u) => u.vague.length > 0 && !u.verbs.some((v) => f.lex.observableStems.has(v.stem)),
      );
      if (framed && !teacherFirst && observable && !vagueOnly && o.criterion !== null) {
        return [
          f.insight('strength.measurable-objective', [{ field: o.field.path, text: o.field.original }], {
            objective: o.field.original.trim().slice(0, 140),
          }),
        ];
      }
    }
    return [];
  },
};
