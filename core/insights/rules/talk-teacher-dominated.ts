import { firstMatch } from '../compiled';
import type { Rule } from '../types';

const SHARE = 0.6;

/**
 * Whole-class minutes whose text is about the teacher explaining, presenting or modelling.
 * A segment that starts with students as the subject ("Students explain…") or names a talk
 * routine is not teacher-centred, even if it contains one of those verbs.
 */
export const talkTeacherDominated: Rule = {
  ids: ['talk.teacher-dominated'],
  run(f) {
    const total = f.totalMinutes();
    if (total === null || total <= 0) return [];
    let teacher = 0;
    const evidence = [];
    for (let i = 0; i < f.plan.segments.length; i++) {
      const s = f.plan.segments[i];
      if (!s || typeof s.minutes !== 'number' || s.minutes <= 0) continue;
      if (s.grouping !== undefined && s.grouping !== 'whole-class') continue;
      const texts = f.segmentTexts(i).filter((t) => !t.path.includes('checkForUnderstanding'));
      if (texts.some((t) => f.lex.talkStructures.first(t))) continue;
      if (texts.some((t) => (firstMatch(f.lex.studentFrame, t.text)?.[0] ?? -1) === 0)) continue;
      for (const t of texts) {
        const hit = f.lex.teacherCentred.first(t);
        if (!hit) continue;
        teacher += s.minutes;
        evidence.push({
          field: `segments[${i}]`,
          text: `${s.title} (${s.minutes} min): ${t.tokens[hit[0]]?.norm ?? ''}`,
        });
        break;
      }
    }
    if (teacher / total <= SHARE) return [];
    return [f.insight('talk.teacher-dominated', evidence, { percent: Math.round((teacher / total) * 100) })];
  },
};
