import type { Surface } from './types';

/**
 * Every number the ranking uses, in one table, so a score can be explained and tuned without
 * reading the code. A candidate's score is the sum of its signal contributions (each one
 * weight × a strength in 0..1), then multiplied by the fit and novelty factors below.
 */
export const WEIGHTS = {
  signal: {
    /**
     * A coach-agreed action step is the most concrete statement of what to work on next, so it
     * leads; the growth focus is the teacher's own choice for the year and comes close behind.
     */
    actionStep: 3,
    growthFocus: 2.5,
    /** Repeated gaps in the teacher's own plans: strong evidence, but produced by heuristics. */
    planInsight: 2.2,
    /** Reflections show what the teacher is thinking about, not necessarily a need. */
    reflectionTheme: 1.2,
    /** "Useful" on a card says the practice is welcome: related cards get a nudge. */
    likedRelated: 0.8,
    /** What similar teachers found useful, smoothed (see peers.ts): enough to break ties and to seed cold starts. */
    peers: 1,
    /** Starter picks matter only when nothing personal is known (cold start) or to break ties. */
    starter: 0.6,
    /** Unseen items get a small lift so the list keeps moving. */
    novelty: 0.15,
  },
  /** How much a tag match counts: a card's first tag is its main practice, the others are side topics. */
  tag: { primary: 1, secondary: 0.6 },
  /** A card the signal names directly (insight resources, a practice's cards) counts more than a tag match. */
  directCard: { first: 1.4, other: 1.1 },
  /** Evidence fades: half-lives in days. */
  halfLifeDays: { planInsight: 45, ignoredImpression: 14, openedImpression: 30 },
  /** A plan insight with no date counts as this much of a fresh one. */
  undatedInsight: 0.5,
  fit: {
    /** No shared grade band: still possible (teachers adapt), but well behind. */
    gradeBandMismatch: 0.55,
    subjectMismatch: 0.7,
    /** Off the teacher's language: only when nothing else is left (index.ts filters first). */
    otherLocale: 0.2,
  },
  novelty: {
    /** Each recent showing that was not opened multiplies the score down a little (decayed, capped). */
    ignoredPenalty: 0.25,
    ignoredFloor: 0.35,
    /** Already read: less need to push it again. */
    openedPenalty: 0.3,
    /** Already tried: on home and in the digest it steps back; next to an insight or a step it may still help. */
    triedFactor: { home: 0.45, digest: 0.35, planner: 0.85, feedback: 0.85 } satisfies Record<Surface, number>,
  },
  /** MMR trade-off between relevance (1) and variety (0); the weekly mixes ask for more variety. */
  mmrLambda: { home: 0.75, digest: 0.65, planner: 0.9, feedback: 0.9 } satisfies Record<Surface, number>,
  /** Only the best few are re-ranked for variety: keeps MMR cheap with thousands of candidates. */
  mmrPool: { factor: 5, min: 40 },
  /** Peers: a "similar teachers" reason only from five useful votes up: groups under five are never shown (PEDAGOGY §6). */
  peerReasonMinUseful: 5,
  /** A contribution under this is noise and gives no reason. */
  minReasonContribution: 0.05,
} as const;

/**
 * Starter picks for a new teacher: high-leverage, low-prep practices that pay off in any class
 * (checks for understanding, clear objectives, everyone talking), in the order we would suggest them.
 */
export const STARTER_CARD_IDS: readonly string[] = [
  'checks-for-understanding',
  'measurable-objectives',
  'think-pair-share',
  'exit-tickets',
  'mini-whiteboards',
  'cold-call-wait-time',
  'success-criteria',
  'retrieval-practice',
];
