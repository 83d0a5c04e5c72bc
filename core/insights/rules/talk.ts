import type { InsightEvidence } from '../../contracts/lesson-plans';
import type { PlanFacts } from '../facts';
import { originalSpan } from '../text/normalize';

/** The first structured-talk routine named anywhere in the segments. */
export function talkRoutine(f: PlanFacts): InsightEvidence | null {
  for (let i = 0; i < f.plan.segments.length; i++) {
    for (const t of f.segmentTexts(i)) {
      // "If more than 5 say 'more'" is a decision rule, not the talk move "say more".
      if (t.path.endsWith('decisionRule')) continue;
      const hit = f.lex.talkStructures.first(t);
      if (hit) {
        const text = originalSpan(t, t.tokens[hit[0]]?.start ?? 0, t.tokens[hit[1]]?.end ?? 0);
        return { field: t.path, text };
      }
    }
  }
  return null;
}
