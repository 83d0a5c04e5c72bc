import { RULE_RESOURCES } from '../insights/resources';
import { isRuleId } from '../insights/ruleset';
import { mmr } from './diversify';
import { createScorer } from './fast-score';
import { peerScores } from './peers';
import { buildProfile, cardTagIndex, type Profile } from './profile';
import { explain, reasonsOf, type Scored } from './score';
import type {
  Candidate,
  PeerUsefulness,
  Reason,
  Recommendation,
  RecommendContext,
  Surface,
  TeacherSignals,
} from './types';
import { WEIGHTS } from './weights';

export { practiceMapping } from './practice-map';
export { reasonText } from './reasons';
export type * from './types';
export { WEIGHTS } from './weights';

const byScoreThenId = (a: Scored, b: Scored) =>
  b.score - a.score ||
  (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0) ||
  (a.candidate.kind < b.candidate.kind ? -1 : a.candidate.kind > b.candidate.kind ? 1 : 0);

const available = (c: Candidate, signals: TeacherSignals) =>
  c.locales.length === 0 || c.locales.includes(signals.locale);

/**
 * Ranks candidates for one teacher and says why. Pure and deterministic: the same input gives the
 * same output (ties broken by id), nothing reads the clock (ctx.today is "now").
 *
 * 1. Cards the teacher marked "not useful" are dropped; only items in the teacher's language are
 *    kept, unless none is.
 * 2. Each candidate's score sums the evidence that points at it (weights.ts), times its grade /
 *    subject fit and novelty.
 * 3. On the planner and in feedback, what the teacher is looking at comes first; then MMR
 *    re-ranking keeps the list varied.
 */
export function recommend(
  signals: TeacherSignals,
  candidates: Candidate[],
  peers: PeerUsefulness,
  ctx: RecommendContext,
): Recommendation[] {
  const limit = Math.max(0, Math.floor(ctx.limit));
  if (limit === 0 || candidates.length === 0) return [];

  const profile = buildProfile(signals, cardTagIndex(candidates, signals), ctx);
  // One pass, no per-candidate objects beyond the scored pair: this runs over thousands of candidates.
  const inLocale: Candidate[] = [];
  const otherLocale: Candidate[] = [];
  for (const c of candidates) {
    if (c.kind === 'card' && profile.reactions.get(c.id) === false) continue;
    (available(c, signals) ? inLocale : otherLocale).push(c);
  }
  const pool = inLocale.length > 0 ? inLocale : otherLocale;

  const peerMap = peerScores(peers);
  const score = createScorer(signals, profile, peerMap, ctx.surface);
  const scored: Scored[] = new Array(pool.length);
  for (let i = 0; i < pool.length; i++) {
    const candidate = pool[i] as Candidate;
    scored[i] = { candidate, score: score(candidate) };
  }

  const focus = surfaceFocus(signals, profile, ctx);
  const first = focus ? scored.filter((s) => focus.matches(s.candidate)) : [];
  const rest = focus ? scored.filter((s) => !focus.matches(s.candidate)) : scored;
  const lambda = WEIGHTS.mmrLambda[ctx.surface];
  const ranked: Scored[] = focus?.order
    ? unique(first.sort(focus.order)).slice(0, limit)
    : mmr(shortlist(first, limit), limit, lambda);
  if (ranked.length < limit) {
    const taken = new Set(ranked.map((s) => `${s.candidate.kind}:${s.candidate.id}`));
    const others = taken.size ? rest.filter((s) => !taken.has(`${s.candidate.kind}:${s.candidate.id}`)) : rest;
    ranked.push(...mmr(shortlist(others, limit), limit - ranked.length, lambda));
  }

  return ranked.map((s) => {
    const reasons = reasonsOf(explain(s.candidate, signals, profile, peerMap, ctx.surface), profile.coldStart);
    return {
      kind: s.candidate.kind,
      id: s.candidate.id,
      score: s.score,
      reasons: focus?.matches(s.candidate) ? withFirst(focus.reason, reasons) : reasons,
    };
  });
}

/**
 * The best few, best first, plus the best of every other main practice so the variety rule has
 * something to pick. Finds the cut-off with a numeric sort instead of ordering every candidate.
 */
function shortlist(items: Scored[], limit: number): Scored[] {
  const size = Math.max(limit * WEIGHTS.mmrPool.factor, WEIGHTS.mmrPool.min);
  if (items.length <= size) return unique(items.slice().sort(byScoreThenId));
  const scores = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) scores[i] = (items[i] as Scored).score;
  scores.sort();
  const cutoff = scores[items.length - size] as number;
  const top = items
    .filter((s) => s.score >= cutoff)
    .sort(byScoreThenId)
    .slice(0, size);
  const primaries = new Set(top.map((s) => s.candidate.practiceTags[0]));
  const others = new Map<string | undefined, Scored>();
  for (const s of items) {
    const primary = s.candidate.practiceTags[0];
    // Everything in `top` has a primary in `primaries`, so this also skips the top itself.
    if (primaries.has(primary)) continue;
    const had = others.get(primary);
    if (!had || byScoreThenId(s, had) < 0) others.set(primary, s);
  }
  return unique([...top, ...[...others.values()].sort(byScoreThenId)]);
}

/** The same item listed twice counts once (the better-placed copy). */
function unique(items: Scored[]): Scored[] {
  const seen = new Set<string>();
  return items.filter((s) => {
    const key = `${s.candidate.kind}:${s.candidate.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function withFirst(reason: Reason, reasons: Reason[]): Reason[] {
  const same = (r: Reason) => JSON.stringify(r) === JSON.stringify(reason);
  return [reason, ...reasons.filter((r) => !same(r) && r.code !== 'starter')].slice(0, 3);
}

type Focus = { matches: (c: Candidate) => boolean; reason: Reason; order?: (a: Scored, b: Scored) => number };

/** Planner: the cards of the insight in view. Feedback: the practices of the action step in view. */
function surfaceFocus(signals: TeacherSignals, profile: Profile, ctx: RecommendContext): Focus | undefined {
  const surface: Surface = ctx.surface;
  if (surface === 'planner' && ctx.ruleId) {
    const ruleId = ctx.ruleId;
    const cards = new Set<string>(isRuleId(ruleId) ? RULE_RESOURCES[ruleId] : []);
    for (const i of signals.planInsights) if (i.ruleId === ruleId) for (const id of i.cardIds) cards.add(id);
    if (cards.size === 0) return undefined;
    // The rule's own order: its first card is the main read.
    const order = [...cards];
    const position = (c: Candidate) => {
      const at = order.indexOf(c.kind === 'card' ? c.id : (c.cardIds.find((id) => cards.has(id)) ?? ''));
      return (at < 0 ? order.length : at) + (c.kind === 'card' ? 0 : 0.5);
    };
    return {
      matches: (c) => c.cardIds.some((id) => cards.has(id)) || cards.has(c.id),
      order: (a, b) => position(a.candidate) - position(b.candidate) || byScoreThenId(a, b),
      // The plan in view shows the insight even when it is not among the recent ones.
      reason: { code: 'plan-insight', ruleId, plans: Math.max(1, profile.plansByRule.get(ruleId) ?? 0) },
    };
  }
  if (surface === 'feedback' && ctx.actionStepId) {
    const step = signals.openActionSteps.find((s) => s.id === ctx.actionStepId);
    if (!step || step.practiceTags.length === 0) return undefined;
    return {
      matches: (c) => c.practiceTags.some((t) => step.practiceTags.includes(t)),
      reason: { code: 'action-step', actionStep: step.text },
    };
  }
  return undefined;
}
