import { describe, expect, it } from 'vitest';
import { engine, evaluate, popularity, randomRanker } from './evaluate';
import { buildWorld } from './world';

describe('offline evaluation (synthetic teachers)', () => {
  const world = buildWorld({ seed: 42, teachers: 200, extraCards: 175, peersPerGroup: 40 });
  const [ours, popular, random] = evaluate(world, [engine, popularity, randomRanker(42)]);

  it('builds the same world from the same seed', () => {
    const again = buildWorld({ seed: 42, teachers: 200, extraCards: 175, peersPerGroup: 40 });
    expect(again.teachers.map((t) => t.need)).toEqual(world.teachers.map((t) => t.need));
    expect(again.catalogue).toEqual(world.catalogue);
  });

  it('beats both baselines on precision@5 by a clear margin', () => {
    expect(ours!.precisionAt5).toBeGreaterThan(popular!.precisionAt5 + 0.15);
    expect(ours!.precisionAt5).toBeGreaterThan(random!.precisionAt5 + 0.15);
  });

  it('covers far more of the catalogue than the popularity list', () => {
    expect(ours!.coverage).toBeGreaterThan(popular!.coverage * 4);
    expect(ours!.coverage).toBeGreaterThan(0.3);
  });
});
