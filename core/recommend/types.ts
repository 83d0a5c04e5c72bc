import type { Locale } from '../domain/roles';

/**
 * The recommender's inputs and outputs. Pure data: the server gathers the signals (each module
 * reads its own tables), the engine ranks and explains. Nothing here touches I/O, so the same
 * engine runs in the offline harness, the latency benchmark and the server.
 */

/** The grade bands strategy cards are written for. */
export type GradeBand = 'K-2' | '3-5' | '6-8' | '9-12';

/** What can be recommended. Cards are the core; pathways, communities and peers are ranked alongside. */
export type CandidateKind = 'card' | 'pathway' | 'community' | 'peer';

export type Candidate = {
  kind: CandidateKind;
  /** A card's slug, a pathway / community id, or a peer's user id. */
  id: string;
  /** Card practice tags (e.g. `checks-for-understanding`, `questioning`); for a pathway, its cards' tags. */
  practiceTags: readonly string[];
  /** Card slugs this candidate contains (a pathway's cards); a card lists itself. */
  cardIds: readonly string[];
  subjects: readonly string[];
  gradeBands: readonly GradeBand[];
  /** Languages it is available in. */
  locales: readonly Locale[];
};

export type TeacherSignals = {
  locale: Locale;
  subjects: readonly string[];
  gradeBands: readonly GradeBand[];
  /** Growth-focus practices, already translated to card practice tags (see practice-map). */
  growthFocus: readonly {
    practiceId: string;
    title: string;
    practiceTags: readonly string[];
    /** Optional: the cards the practice links to (framework `resourceIds`, see practice-map); a direct link weighs more. */
    cardIds?: readonly string[];
  }[];
  /** Insights on the teacher's recent plans that were not dismissed (newest first). */
  planInsights: readonly { planId: string; ruleId: string; date: string | null; cardIds: readonly string[] }[];
  /** Themes seen in recent reflections, as card practice tags with how many reflections showed them. */
  reflectionThemes: readonly { practiceTag: string; count: number }[];
  /** Open action steps from feedback, with the card practice tags they name. */
  openActionSteps: readonly { id: string; text: string; practiceTags: readonly string[]; dueOn: string | null }[];
  /** The teacher's own "was this useful?" answers. */
  reactions: readonly { cardId: string; useful: boolean }[];
  /** Cards the teacher marked "I tried it". */
  tried: readonly { cardId: string; planId: string | null }[];
  /** What was already shown or opened, for novelty. `at` is an ISO date. */
  seen: readonly { cardId: string; at: string; opened: boolean }[];
};

/**
 * What similar teachers (same subject and grade band, similar school context) found useful,
 * already aggregated by the server: counts only, never who.
 */
export type PeerUsefulness = readonly { cardId: string; useful: number; notUseful: number; tried: number }[];

export type Surface = 'home' | 'planner' | 'feedback' | 'digest';

export type RecommendContext = {
  /** Today, as an ISO date: recency is measured from here, never from the clock. */
  today: string;
  surface: Surface;
  /** In the planner: the insight the teacher is looking at. */
  ruleId?: string;
  /** In feedback: the action step the teacher is looking at. */
  actionStepId?: string;
  limit: number;
};

/** Why an item is recommended: a code and the values its sentence needs (shown in en or es). */
export type Reason =
  | { code: 'growth-focus'; practice: string }
  | { code: 'plan-insight'; ruleId: string; plans: number }
  | { code: 'reflection-theme'; practiceTag: string; reflections: number }
  | { code: 'action-step'; actionStep: string }
  | { code: 'similar-teachers'; teachers: number }
  | { code: 'liked-related'; cardId: string }
  | { code: 'new-to-you' }
  | { code: 'starter' };

export type Recommendation = {
  kind: CandidateKind;
  id: string;
  /** Higher is better; comparable only within one call. */
  score: number;
  /** Strongest first; at least one. */
  reasons: Reason[];
};
