import type { PeerUsefulness } from './types';

/** z for a one-sided 95 % bound. */
const Z = 1.645;

/**
 * Wilson score lower bound of the share of "useful" votes: how useful the card is at least,
 * given how few votes there are. 1/1 gives 0.21 and 40/45 gives 0.79, so a single vote does not
 * beat a well-tried card; it grows with every added useful vote.
 */
export function wilsonLowerBound(useful: number, total: number): number {
  if (total <= 0 || useful <= 0) return 0;
  const p = useful / total;
  const z2 = Z * Z;
  const centre = p + z2 / (2 * total);
  const margin = Z * Math.sqrt((p * (1 - p) + z2 / (4 * total)) / total);
  return Math.max(0, (centre - margin) / (1 + z2 / total));
}

export type PeerScore = { strength: number; useful: number };

/**
 * Peer strength per card. "I tried it" counts as half a useful vote: trying says more than a
 * click, but it is not yet a verdict.
 */
export function peerScores(peers: PeerUsefulness): Map<string, PeerScore> {
  const scores = new Map<string, PeerScore>();
  for (const { cardId, useful, notUseful, tried } of peers) {
    const positive = Math.max(0, useful) + Math.max(0, tried) / 2;
    const total = positive + Math.max(0, notUseful);
    scores.set(cardId, { strength: wilsonLowerBound(positive, total), useful: Math.max(0, useful) });
  }
  return scores;
}
