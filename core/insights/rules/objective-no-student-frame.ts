import type { Rule } from '../types';

/**
 * An objective should say what students will do. A teacher frame ("I will explain",
 * "Explicaré") or a topic ("Fractions review") without a student frame is questioned; a
 * bare observable verb at the start ("Compare fractions…") counts as an implicit student frame.
 */
export const objectiveNoStudentFrame: Rule = {
  ids: ['objective.no-student-frame'],
  run(f) {
    const out = [];
    for (const o of f.objectives()) {
      const student = o.studentFrameAt;
      const teacher = o.teacherFrameAt;
      const teacherFirst = teacher >= 0 && (student < 0 || teacher < student);
      if (!teacherFirst && (student >= 0 || o.implicitStudentVerb)) continue;
      const what = teacherFirst ? f.parts.teacherActivity : f.parts.activity;
      out.push(f.insight('objective.no-student-frame', [{ field: o.field.path, text: o.field.original }], { what }));
    }
    return out;
  },
};
