import { RULE_RESOURCES } from '../../insights/resources';
import { RULE_IDS, RULE_KINDS, type RuleId } from '../../insights/ruleset';
import { libraryCandidates } from '../library-candidates';
import type { Candidate, GradeBand, PeerUsefulness, TeacherSignals } from '../types';
import { binomial, chance, int, mulberry32, pick, type Rng, shuffle, weighted } from './prng';

/**
 * A synthetic district, for offline evaluation only: nothing here is real teacher data. Each
 * teacher has a hidden "true need" (one practice tag); their plans' insights, reflections, action
 * steps and reactions are noisy evidence of it. The held-out truth is the set of cards on that
 * practice the teacher has not met yet.
 */
export const NEED_TAGS = [
  'checks-for-understanding',
  'questioning',
  'student-talk',
  'supports',
  'objectives',
  'planning',
  'reflection',
  'pacing',
  'misconceptions',
  'feedback',
  'closure',
  'modelling',
  'review',
] as const;
const SUBJECTS = ['math', 'science', 'language', 'history'];
const BANDS: GradeBand[] = ['K-2', '3-5', '6-8', '9-12'];
const TODAY = Date.UTC(2026, 10, 20);
const DAY = 86_400_000;
const isoDaysAgo = (days: number) => new Date(TODAY - days * DAY).toISOString();

export type SyntheticTeacher = { need: string; signals: TeacherSignals; group: string };
export type World = {
  today: string;
  catalogue: Candidate[];
  /** Per group (subject × grade band): what similar teachers found useful. */
  peersByGroup: Map<string, PeerUsefulness>;
  /** Whole district: the popularity baseline's view. */
  peersAll: PeerUsefulness;
  teachers: SyntheticTeacher[];
};

export type WorldOptions = { seed: number; teachers: number; extraCards: number; peersPerGroup: number };

function syntheticCards(rng: Rng, count: number): Candidate[] {
  return Array.from({ length: count }, (_, i) => {
    const primary = pick(rng, NEED_TAGS);
    const others = shuffle(
      rng,
      NEED_TAGS.filter((t) => t !== primary),
    ).slice(0, int(rng, 0, 2));
    const r = rng();
    return {
      kind: 'card' as const,
      id: `syn-${String(i).padStart(4, '0')}`,
      practiceTags: [primary, ...others],
      cardIds: [`syn-${String(i).padStart(4, '0')}`],
      subjects: chance(rng, 0.7) ? ['all'] : [pick(rng, SUBJECTS)],
      gradeBands: shuffle(rng, BANDS).slice(0, int(rng, 2, 4)),
      locales: r < 0.85 ? ['en', 'es'] : r < 0.95 ? ['en'] : ['es'],
    };
  });
}

/** Each group leans towards three practices: what makes "teachers like you" informative. */
function groupNeeds(rng: Rng): number[] {
  const favoured = new Set(shuffle(rng, NEED_TAGS).slice(0, 3));
  return NEED_TAGS.map((t) => (favoured.has(t) ? 4 : 1));
}

/** Whether a teacher with this need finds the card useful (the truth behind every vote). */
const usefulFor = (rng: Rng, need: string, c: Candidate) => chance(rng, c.practiceTags[0] === need ? 0.8 : 0.2);

const GAP_RULES = RULE_IDS.filter((id) => RULE_KINDS[id] !== 'strength');
const primaryOf = new Map(libraryCandidates().map((c) => [c.id, c.practiceTags[0]]));
const rulesFor = (need: string) => GAP_RULES.filter((id) => primaryOf.get(RULE_RESOURCES[id][0] ?? '') === need);

function teacherSignals(rng: Rng, need: string, subject: string, band: GradeBand, catalogue: Candidate[]) {
  const locale = chance(rng, 0.7) ? ('en' as const) : ('es' as const);
  const focusTag = chance(rng, 0.6) ? need : pick(rng, NEED_TAGS);
  const growthFocus = chance(rng, 0.5)
    ? [{ practiceId: `focus-${focusTag}`, title: focusTag, practiceTags: [focusTag] }]
    : [];

  const needRules = new Set<RuleId>(rulesFor(need));
  const planInsights: TeacherSignals['planInsights'][number][] = [];
  for (let p = 0; p < 8; p++) {
    const date = isoDaysAgo(p * 7 + int(rng, 0, 6));
    for (const ruleId of GAP_RULES) {
      if (chance(rng, needRules.has(ruleId) ? 0.45 : 0.08)) {
        planInsights.push({ planId: `plan-${p}`, ruleId, date, cardIds: RULE_RESOURCES[ruleId] });
      }
    }
  }

  const reflectionThemes = [
    { practiceTag: need, count: binomial(rng, 6, 0.35) },
    { practiceTag: pick(rng, NEED_TAGS), count: binomial(rng, 6, 0.15) },
    { practiceTag: pick(rng, NEED_TAGS), count: binomial(rng, 6, 0.15) },
  ].filter((t) => t.count > 0);

  const openActionSteps = chance(rng, 0.35)
    ? [{ id: 'step-1', text: 'Next step', practiceTags: [chance(rng, 0.7) ? need : pick(rng, NEED_TAGS)], dueOn: null }]
    : [];

  const met = shuffle(rng, catalogue).slice(0, 4);
  const reactions = met.map((c) => ({ cardId: c.id, useful: usefulFor(rng, need, c) }));
  const tried = reactions.filter((r) => r.useful).map((r) => ({ cardId: r.cardId, planId: null }));
  const seen = shuffle(rng, catalogue)
    .slice(0, 10)
    .map((c) => ({ cardId: c.id, at: isoDaysAgo(int(rng, 0, 30)), opened: chance(rng, 0.3) }));

  const signals: TeacherSignals = {
    locale,
    subjects: [subject],
    gradeBands: [band],
    growthFocus,
    planInsights,
    reflectionThemes,
    openActionSteps,
    reactions,
    tried,
    seen,
  };
  return signals;
}

function addVote(
  counts: Map<string, { useful: number; notUseful: number; tried: number }>,
  id: string,
  useful: boolean,
) {
  const c = counts.get(id) ?? { useful: 0, notUseful: 0, tried: 0 };
  if (useful) c.useful++;
  else c.notUseful++;
  counts.set(id, c);
}

const toPeers = (counts: Map<string, { useful: number; notUseful: number; tried: number }>): PeerUsefulness =>
  [...counts.entries()].map(([cardId, c]) => ({ cardId, ...c }));

export function buildWorld({ seed, teachers, extraCards, peersPerGroup }: WorldOptions): World {
  const rng = mulberry32(seed);
  const catalogue = [...libraryCandidates(), ...syntheticCards(rng, extraCards)];
  const groups = SUBJECTS.flatMap((subject) => BANDS.map((band) => ({ subject, band, key: `${subject}/${band}` })));
  const needWeights = new Map(groups.map((g) => [g.key, groupNeeds(rng)]));

  // Other teachers' votes: each tried a handful of cards and said whether they helped.
  const all = new Map<string, { useful: number; notUseful: number; tried: number }>();
  const peersByGroup = new Map<string, PeerUsefulness>();
  for (const g of groups) {
    const counts = new Map<string, { useful: number; notUseful: number; tried: number }>();
    for (let p = 0; p < peersPerGroup; p++) {
      const need = weighted(rng, NEED_TAGS, needWeights.get(g.key) ?? []);
      for (const c of shuffle(rng, catalogue).slice(0, 6)) {
        const useful = usefulFor(rng, need, c);
        addVote(counts, c.id, useful);
        addVote(all, c.id, useful);
      }
    }
    peersByGroup.set(g.key, toPeers(counts));
  }

  const list: SyntheticTeacher[] = Array.from({ length: teachers }, () => {
    const g = pick(rng, groups);
    const need = weighted(rng, NEED_TAGS, needWeights.get(g.key) ?? []);
    return { need, group: g.key, signals: teacherSignals(rng, need, g.subject, g.band, catalogue) };
  });

  return { today: isoDaysAgo(0).slice(0, 10), catalogue, peersByGroup, peersAll: toPeers(all), teachers: list };
}
