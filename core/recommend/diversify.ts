import type { Candidate } from './types';

/** Half tag overlap (Jaccard), half "same main practice": 0 = unrelated, 1 = same. */
export function similarity(a: Candidate, b: Candidate): number {
  if (a.practiceTags.length === 0 || b.practiceTags.length === 0) return 0;
  let shared = 0;
  for (const t of a.practiceTags) if (b.practiceTags.includes(t)) shared++;
  // Tags are distinct within a candidate, so the union needs no set.
  const union = Math.max(1, a.practiceTags.length + b.practiceTags.length - shared);
  const samePrimary = a.practiceTags[0] === b.practiceTags[0] ? 0.5 : 0;
  return (shared / union) * 0.5 + samePrimary;
}

/** The window in which the main practices must not all be the same (when the pool allows). */
const SPREAD_WINDOW = 5;

/**
 * Maximal marginal relevance: pick, one at a time, the item with the best mix of its own
 * relevance and distance from what is already picked. `items` come sorted best first (ties by
 * id), so equal MMR values keep that order and the result is deterministic.
 */
export function mmr<T extends { candidate: Candidate; score: number }>(items: T[], k: number, lambda: number): T[] {
  const top = items[0]?.score ?? 0;
  const scale = top > 0 ? top : 1;
  const picked: T[] = [];
  const left = items.slice();
  const maxSim = new Array<number>(left.length).fill(0);
  while (picked.length < k && left.length > 0) {
    const mustSpread = picked.length === SPREAD_WINDOW - 1 && allSamePrimary(picked);
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < left.length; i++) {
      const item = left[i] as T;
      if (mustSpread && item.candidate.practiceTags[0] === picked[0]?.candidate.practiceTags[0]) continue;
      const value = lambda * (item.score / scale) - (1 - lambda) * (maxSim[i] as number);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    // Nothing with another main practice is left: take the best there is.
    if (best < 0) best = bestOf(left, maxSim, lambda, scale);
    const [chosen] = left.splice(best, 1);
    maxSim.splice(best, 1);
    picked.push(chosen as T);
    for (let i = 0; i < left.length; i++) {
      const s = similarity((left[i] as T).candidate, (chosen as T).candidate);
      if (s > (maxSim[i] as number)) maxSim[i] = s;
    }
  }
  return picked;
}

function bestOf<T extends { score: number }>(left: T[], maxSim: number[], lambda: number, scale: number): number {
  let best = 0;
  let bestValue = Number.NEGATIVE_INFINITY;
  left.forEach((item, i) => {
    const value = lambda * (item.score / scale) - (1 - lambda) * (maxSim[i] as number);
    if (value > bestValue) {
      bestValue = value;
      best = i;
    }
  });
  return best;
}

function allSamePrimary(picked: { candidate: Candidate }[]): boolean {
  const first = picked[0]?.candidate.practiceTags[0];
  return first !== undefined && picked.every((p) => p.candidate.practiceTags[0] === first);
}
