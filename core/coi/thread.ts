import { COI_PHASES, type CoiPhase, type CoiThreadProfile } from '../contracts/coi';

/** A thread is "stuck in exploration" only once it has at least this many posts (PEDAGOGY.md §3). */
export const STUCK_MIN_POSTS = 8;
/** ... and fewer than this share of its posts reached integration or resolution. */
export const STUCK_MAX_ADVANCED_SHARE = 0.1;
/** A facilitator who writes more than this share of the posts dominates the thread. */
export const FACILITATOR_DOMINANCE_SHARE = 0.4;

export interface ThreadPost {
  readonly phase: CoiPhase | null;
  readonly authorIsFacilitator: boolean;
  /** How many alike posts this entry stands for (a database count); one when not said. */
  readonly count?: number;
}

/**
 * Share of posts per cognitive phase (of all posts, so posts with no phase make the shares sum
 * below 1), and the two flags. Thresholds compare whole counts, so "exactly 10 %" and
 * "exactly 40 %" are decided without floating-point error: neither raises a flag.
 */
export function threadProfile(posts: readonly ThreadPost[]): CoiThreadProfile {
  const counts: Record<CoiPhase, number> = { triggering: 0, exploration: 0, integration: 0, resolution: 0 };
  let n = 0;
  let facilitator = 0;
  for (const post of posts) {
    const weight = post.count ?? 1;
    n += weight;
    if (post.phase !== null && Object.hasOwn(counts, post.phase)) counts[post.phase] += weight;
    if (post.authorIsFacilitator) facilitator += weight;
  }
  const share = (k: number) => (n === 0 ? 0 : k / n);
  const phaseShares = Object.fromEntries(COI_PHASES.map((p) => [p, share(counts[p])])) as Record<CoiPhase, number>;
  const advanced = counts.integration + counts.resolution;
  return {
    posts: n,
    phaseShares,
    // advanced / n < 10 %  ⇔  advanced * 10 < n
    stuckInExploration: n >= STUCK_MIN_POSTS && advanced * 10 < n,
    facilitatorShare: share(facilitator),
    // facilitator / n > 40 %  ⇔  facilitator * 5 > n * 2
    facilitatorDominance: n > 0 && facilitator * 5 > n * 2,
  };
}
