import { RULE_RESOURCES } from '../insights/resources';
import { isRuleId, RULE_KINDS } from '../insights/ruleset';
import type { Candidate, Reason, RecommendContext, TeacherSignals } from './types';
import { WEIGHTS } from './weights';

/** One piece of evidence: which reason it would give and how much it is worth at full match. */
export type Evidence = { key: string; reason: Reason; value: number };

/**
 * The teacher's needs as evidence indexed two ways: by practice tag (a candidate matches through
 * its tags) and by card slug (the signal names the card itself). Built once per call, so scoring
 * thousands of candidates is a few map look-ups each.
 */
export type Profile = {
  byTag: Map<string, Evidence[]>;
  byCard: Map<string, Evidence[]>;
  /** Last answer wins. */
  reactions: Map<string, boolean>;
  tried: Set<string>;
  /** Decayed count of recent showings that were not opened, and how fresh the last open is (0..1). */
  ignored: Map<string, number>;
  opened: Map<string, number>;
  /** No personal signal at all: starter picks explain themselves. */
  coldStart: boolean;
  /** Distinct plans per insight rule (for the planner surface's reason). */
  plansByRule: Map<string, number>;
};

const DAY_MS = 86_400_000;

/** 0.5 every half-life, measured from ctx.today (never the clock); undated or unreadable → `undated`. */
export function decay(today: number, date: string | null, halfLifeDays: number, undated = 1): number {
  if (!date) return undated;
  const at = Date.parse(date);
  if (Number.isNaN(at) || Number.isNaN(today)) return undated;
  const ageDays = Math.max(0, (today - at) / DAY_MS);
  return 0.5 ** (ageDays / halfLifeDays);
}

/** Repeated evidence saturates: 1 → 0.5, 2 → 0.75, 3 → 0.875. */
const saturate = (n: number) => 1 - 0.5 ** Math.max(0, n);

function push(map: Map<string, Evidence[]>, at: string, evidence: Evidence) {
  const list = map.get(at);
  if (list) list.push(evidence);
  else map.set(at, [evidence]);
}

function addCards(byCard: Map<string, Evidence[]>, cards: readonly string[], key: string, reason: Reason, w: number) {
  cards.forEach((cardId, i) => {
    const factor = i === 0 ? WEIGHTS.directCard.first : WEIGHTS.directCard.other;
    push(byCard, cardId, { key, reason, value: w * factor });
  });
}

function addTags(byTag: Map<string, Evidence[]>, tags: readonly string[], key: string, reason: Reason, w: number) {
  for (const tag of new Set(tags)) push(byTag, tag, { key, reason, value: w });
}

export function buildProfile(
  signals: TeacherSignals,
  tagsOfCard: (cardId: string) => readonly string[] | undefined,
  ctx: RecommendContext,
): Profile {
  const today = Date.parse(ctx.today);
  const byTag = new Map<string, Evidence[]>();
  const byCard = new Map<string, Evidence[]>();
  const w = WEIGHTS.signal;

  for (const focus of signals.growthFocus) {
    const key = `gf:${focus.practiceId}`;
    const reason: Reason = { code: 'growth-focus', practice: focus.title };
    addTags(byTag, focus.practiceTags, key, reason, w.growthFocus);
    addCards(byCard, focus.cardIds ?? [], key, reason, w.growthFocus);
  }

  // Insights grouped by rule: how many distinct plans showed it, each weighted by how recent it is.
  const rules = new Map<string, { plans: Map<string, number>; cards: string[] }>();
  for (const insight of signals.planInsights) {
    const rule = rules.get(insight.ruleId) ?? { plans: new Map<string, number>(), cards: [] as string[] };
    rules.set(insight.ruleId, rule);
    const fresh = decay(today, insight.date, WEIGHTS.halfLifeDays.planInsight, WEIGHTS.undatedInsight);
    rule.plans.set(insight.planId, Math.max(rule.plans.get(insight.planId) ?? 0, fresh));
    for (const cardId of insight.cardIds) if (!rule.cards.includes(cardId)) rule.cards.push(cardId);
  }
  const plansByRule = new Map<string, number>();
  let personal = false;
  for (const [ruleId, rule] of rules) {
    plansByRule.set(ruleId, rule.plans.size);
    // A strength is something the teacher already does: not a need to push cards for.
    if (isRuleId(ruleId) && RULE_KINDS[ruleId] === 'strength') continue;
    personal = true;
    const cards = rule.cards.length > 0 ? rule.cards : isRuleId(ruleId) ? RULE_RESOURCES[ruleId] : [];
    const strength = saturate([...rule.plans.values()].reduce((a, b) => a + b, 0));
    const key = `pi:${ruleId}`;
    const reason: Reason = { code: 'plan-insight', ruleId, plans: rule.plans.size };
    addCards(byCard, cards, key, reason, w.planInsight * strength);
    // Other cards on the same main practice help too, a little less.
    const mainTags = cards.map((id) => tagsOfCard(id)?.[0]).filter((t): t is string => !!t);
    addTags(byTag, mainTags, key, reason, w.planInsight * strength * 0.5);
  }

  const themes = new Map<string, number>();
  for (const t of signals.reflectionThemes) themes.set(t.practiceTag, (themes.get(t.practiceTag) ?? 0) + t.count);
  for (const [tag, count] of themes) {
    if (count <= 0) continue;
    const reason: Reason = { code: 'reflection-theme', practiceTag: tag, reflections: count };
    addTags(byTag, [tag], `rt:${tag}`, reason, w.reflectionTheme * saturate(count));
  }

  for (const step of signals.openActionSteps) {
    addTags(byTag, step.practiceTags, `as:${step.id}`, { code: 'action-step', actionStep: step.text }, w.actionStep);
  }

  const reactions = new Map<string, boolean>();
  for (const r of signals.reactions) reactions.set(r.cardId, r.useful);
  for (const [cardId, useful] of reactions) {
    const tags = useful ? tagsOfCard(cardId) : undefined;
    if (!tags) continue;
    const reason: Reason = { code: 'liked-related', cardId };
    tags.forEach((tag, i) => {
      const factor = i === 0 ? 1 : 0.5;
      push(byTag, tag, { key: `lr:${cardId}`, reason, value: w.likedRelated * factor });
    });
  }

  const ignored = new Map<string, number>();
  const opened = new Map<string, number>();
  for (const s of signals.seen) {
    if (s.opened) {
      const fresh = decay(today, s.at, WEIGHTS.halfLifeDays.openedImpression);
      opened.set(s.cardId, Math.max(opened.get(s.cardId) ?? 0, fresh));
    } else {
      const fresh = decay(today, s.at, WEIGHTS.halfLifeDays.ignoredImpression);
      ignored.set(s.cardId, (ignored.get(s.cardId) ?? 0) + fresh);
    }
  }

  personal ||=
    signals.growthFocus.length > 0 ||
    themes.size > 0 ||
    signals.openActionSteps.length > 0 ||
    [...reactions.values()].some(Boolean);

  return {
    byTag,
    byCard,
    reactions,
    tried: new Set(signals.tried.map((t) => t.cardId)),
    ignored,
    opened,
    coldStart: !personal,
    plansByRule,
  };
}

/**
 * Tags of the cards the signals name (liked cards, insight cards), read from the candidates
 * themselves; only those are indexed, so a 5,000-card catalogue costs one pass and no big map.
 */
export function cardTagIndex(
  candidates: readonly Candidate[],
  signals: TeacherSignals,
): (cardId: string) => readonly string[] | undefined {
  const wanted = new Set<string>();
  for (const r of signals.reactions) if (r.useful) wanted.add(r.cardId);
  for (const i of signals.planInsights) {
    for (const id of i.cardIds) wanted.add(id);
    if (isRuleId(i.ruleId)) for (const id of RULE_RESOURCES[i.ruleId]) wanted.add(id);
  }
  const index = new Map<string, readonly string[]>();
  for (const c of candidates) {
    if (c.kind === 'card' && wanted.has(c.id) && !index.has(c.id)) index.set(c.id, c.practiceTags);
  }
  return (cardId) => index.get(cardId);
}
