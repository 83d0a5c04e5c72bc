import { verbStem } from '../compiled';
import type { PlanFacts, VerbHit } from '../facts';
import { originalSpan } from '../text/normalize';

/** Content words the exit ticket shares with the objectives (stemmed, no stop-words). */
export function sharedTerms(f: PlanFacts): { shared: string[]; objectiveTerms: string[] } | null {
  const ticket = f.exitTicket();
  const objectives = f.objectives();
  if (!ticket || objectives.length === 0) return null;
  const ticketStems = f.contentStems(ticket);
  const objectiveTerms = new Map<string, string>();
  for (const o of objectives) {
    for (const [stem, word] of f.contentStems(o.field)) {
      // The action verb is not a content word: "compare" in both says nothing about the topic.
      if (f.lex.verbStems.has(stem)) continue;
      if (!objectiveTerms.has(stem)) objectiveTerms.set(stem, word);
    }
  }
  const shared = [...objectiveTerms].filter(([stem]) => ticketStems.has(stem)).map(([, word]) => word);
  return { shared, objectiveTerms: [...objectiveTerms.values()] };
}

export type BloomGap = { objective: VerbHit; objectivePath: string; ticket: VerbHit };

/**
 * PEDAGOGY.md: the gap is "the exit ticket's highest Bloom level is below the objective's
 * lowest". An objective's lowest level is the lowest plausible level of any of its verbs;
 * with several objectives the lowest of them counts, so ambiguous verbs and compound
 * objectives never create a gap on their own (this rule only surfaces candidates).
 */
export function bloomGap(f: PlanFacts): BloomGap | null {
  const ticket = f.exitTicket();
  if (!ticket) return null;
  let ticketBest: VerbHit | null = null;
  let ticketMax = -1;
  ticket.tokens.forEach((t, i) => {
    const verb = verbStem(f.lex, t);
    const levels = verb === null ? undefined : f.lex.bloom.get(verb);
    if (!levels || levels.length === 0) return;
    const max = Math.max(...levels);
    if (max > ticketMax) {
      ticketMax = max;
      ticketBest = {
        token: i,
        stem: verb as string,
        word: originalSpan(ticket, t.start, t.end),
        levels,
        gerund: false,
        action: true,
      };
    }
  });
  if (ticketBest === null) return null;
  let lowest: { hit: VerbHit; path: string; level: number } | null = null;
  for (const o of f.objectives()) {
    for (const v of o.verbs) {
      if (v.levels.length === 0) continue;
      const min = Math.min(...v.levels);
      if (lowest === null || min < lowest.level) lowest = { hit: v, path: o.field.path, level: min };
    }
  }
  if (lowest === null || ticketMax >= lowest.level) return null;
  return { objective: lowest.hit, objectivePath: lowest.path, ticket: ticketBest };
}
