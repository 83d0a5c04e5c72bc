import type { InsightEvidence } from '../../contracts/lesson-plans';
import type { PlanFacts } from '../facts';

/**
 * A planned higher-order question in the segments (questions, descriptions) or the exit
 * ticket. Objectives are not questions, so their verbs do not count here.
 */
export function higherOrderQuestion(f: PlanFacts): InsightEvidence | null {
  const texts = [];
  for (let i = 0; i < f.plan.segments.length; i++) {
    for (const t of f.segmentTexts(i))
      if (!t.path.endsWith('.title') && !t.path.endsWith('decisionRule')) texts.push(t);
  }
  const ticket = f.exitTicket();
  if (ticket) texts.push(ticket);
  for (const t of texts) {
    if (f.lex.higherOrder.first(t) || f.match(t, f.lex.higherOrderPatterns)) return { field: t.path, text: t.original };
  }
  return null;
}
