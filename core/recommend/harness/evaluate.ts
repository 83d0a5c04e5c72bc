import { recommend } from '../index';
import type { Candidate } from '../types';
import { mulberry32, shuffle } from './prng';
import { buildWorld, type SyntheticTeacher, type World, type WorldOptions } from './world';

export type Ranker = {
  name: string;
  /** Top k ids for one teacher from the candidates they may see. */
  rank: (teacher: SyntheticTeacher, pool: Candidate[], world: World, k: number) => string[];
};

export const engine: Ranker = {
  name: 'engine (core/recommend)',
  rank: (t, pool, world, k) =>
    recommend(t.signals, pool, world.peersByGroup.get(t.group) ?? [], {
      today: world.today,
      surface: 'home',
      limit: k,
    }).map((r) => r.id),
};

/** Most useful votes in the whole district first: what a "top cards" list would show. */
export const popularity: Ranker = {
  name: 'popularity baseline',
  rank: (_t, pool, world, k) => {
    const useful = new Map(world.peersAll.map((p) => [p.cardId, p.useful]));
    return [...pool]
      .sort((a, b) => (useful.get(b.id) ?? 0) - (useful.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1))
      .slice(0, k)
      .map((c) => c.id);
  },
};

export function randomRanker(seed: number): Ranker {
  const rng = mulberry32(seed);
  return {
    name: 'random baseline',
    rank: (_t, pool, _w, k) =>
      shuffle(rng, pool)
        .slice(0, k)
        .map((c) => c.id),
  };
}

/** What every ranker may show a teacher: cards in their language they have not rejected. */
function poolFor(t: SyntheticTeacher, catalogue: Candidate[]): Candidate[] {
  const rejected = new Set(t.signals.reactions.filter((r) => !r.useful).map((r) => r.cardId));
  return catalogue.filter((c) => c.locales.includes(t.signals.locale) && !rejected.has(c.id));
}

/** Held out: cards on the teacher's true need that they have not reacted to or tried yet. */
function relevantFor(t: SyntheticTeacher, pool: Candidate[]): Set<string> {
  const met = new Set([...t.signals.reactions.map((r) => r.cardId), ...t.signals.tried.map((r) => r.cardId)]);
  return new Set(pool.filter((c) => c.practiceTags[0] === t.need && !met.has(c.id)).map((c) => c.id));
}

export type Row = { ranker: string; precisionAt5: number; coverage: number };

export function evaluate(world: World, rankers: Ranker[], k = 5): Row[] {
  return rankers.map((ranker) => {
    let precision = 0;
    const shown = new Set<string>();
    for (const t of world.teachers) {
      const pool = poolFor(t, world.catalogue);
      const relevant = relevantFor(t, pool);
      const top = ranker.rank(t, pool, world, k);
      for (const id of top) shown.add(id);
      precision += top.filter((id) => relevant.has(id)).length / k;
    }
    return {
      ranker: ranker.name,
      precisionAt5: precision / world.teachers.length,
      coverage: shown.size / world.catalogue.length,
    };
  });
}

export const DEFAULT_WORLD: Omit<WorldOptions, 'seed'> = { teachers: 400, extraCards: 175, peersPerGroup: 40 };

export function runHarness(seed: number, options = DEFAULT_WORLD): Row[] {
  return evaluate(buildWorld({ seed, ...options }), [engine, popularity, randomRanker(seed)]);
}
