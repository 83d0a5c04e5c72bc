import type { DistrictContext } from './context';

/**
 * How similar two districts are, and the peer group of one district.
 *
 * Rule (documented in docs/adr/0008-districts-like-yours.md):
 * 1. Same urbanicity first: every candidate of the same NCES locale type ranks before any other.
 * 2. Then the normalised distance over the three numbers, each scaled so that "one unit" is a
 *    real difference: size on a log scale (a tenfold difference in students = 1), poverty rate and
 *    English-learner share in percentage points (50 points = 1):
 *      d = sqrt( (log10(a.size) − log10(b.size))² + ((a.poverty − b.poverty)/50)² + ((a.el − b.el)/50)² )
 * 3. Ties break on `tieKey`, a value the server derives from both districts' ids with a one-way
 *    hash: deterministic, yet the order says nothing about ids, and `tieKey` never leaves the server.
 * The group is the PEER_GROUP.max nearest candidates; with fewer than PEER_GROUP.min there is no
 * comparison at all.
 */
export const PEER_GROUP = { min: 5, max: 10 } as const;

export function contextDistance(a: DistrictContext, b: DistrictContext): number {
  const size = Math.log10(a.studentCount) - Math.log10(b.studentCount);
  const poverty = (a.povertyRate - b.povertyRate) / 50;
  const learners = (a.englishLearnerShare - b.englishLearnerShare) / 50;
  return Math.sqrt(size * size + poverty * poverty + learners * learners);
}

export type PeerCandidate<T> = { context: DistrictContext; tieKey: string; item: T };

/** The K most similar candidates to `own`, most similar first (at most PEER_GROUP.max). */
export function pickPeers<T>(own: DistrictContext, candidates: PeerCandidate<T>[], k: number = PEER_GROUP.max): T[] {
  const size = Math.max(0, Math.min(Math.floor(k), PEER_GROUP.max));
  return candidates
    .map((candidate) => ({
      candidate,
      tier: candidate.context.urbanicity === own.urbanicity ? 0 : 1,
      distance: contextDistance(own, candidate.context),
    }))
    .sort(
      (x, y) =>
        x.tier - y.tier ||
        x.distance - y.distance ||
        (x.candidate.tieKey < y.candidate.tieKey ? -1 : x.candidate.tieKey > y.candidate.tieKey ? 1 : 0),
    )
    .slice(0, size)
    .map(({ candidate }) => candidate.item);
}
