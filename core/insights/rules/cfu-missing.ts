import type { Rule } from '../types';

/** Check before students practise alone, so misunderstandings are not practised. */
export const cfuMissing: Rule = {
  ids: ['cfu.missing'],
  run(f) {
    const segments = f.plan.segments;
    const practice = segments.findIndex((s) => s.kind === 'independent-practice');
    const end = practice >= 0 ? practice : segments.length;
    const checks = f.checks().filter((c) => c.segment < end);
    if (checks.length > 0) return [];
    const field = practice >= 0 ? `segments[${practice}]` : 'segments';
    const when = practice >= 0 ? f.parts.independentPractice : f.parts.endOfLesson;
    return [f.insight('cfu.missing', [{ field, text: f.parts.absent.cfu }], { when })];
  },
};
