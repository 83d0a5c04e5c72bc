import { describe, expect, it } from 'vitest';
import type { CoiPhase } from '../contracts/coi';
import { type ThreadPost, threadProfile } from './thread';

const posts = (spec: [CoiPhase | null, number][], facilitatorPosts = 0): ThreadPost[] => {
  const list = spec.flatMap(([phase, n]) => Array.from({ length: n }, () => ({ phase, authorIsFacilitator: false })));
  return list.map((p, i) => ({ ...p, authorIsFacilitator: i < facilitatorPosts }));
};

describe('threadProfile', () => {
  it('gives zeros and no flags for an empty thread', () => {
    expect(threadProfile([])).toEqual({
      posts: 0,
      phaseShares: { triggering: 0, exploration: 0, integration: 0, resolution: 0 },
      stuckInExploration: false,
      facilitatorShare: 0,
      facilitatorDominance: false,
    });
  });

  it('shares are of all posts, so posts without a phase lower every share', () => {
    const p = threadProfile(
      posts([
        ['triggering', 1],
        ['exploration', 2],
        [null, 1],
      ]),
    );
    expect(p.phaseShares).toEqual({ triggering: 0.25, exploration: 0.5, integration: 0, resolution: 0 });
  });

  it('does not flag a 7-post thread with no integration, flags the same thread at 8 posts', () => {
    expect(
      threadProfile(
        posts([
          ['triggering', 1],
          ['exploration', 6],
        ]),
      ).stuckInExploration,
    ).toBe(false);
    expect(
      threadProfile(
        posts([
          ['triggering', 1],
          ['exploration', 7],
        ]),
      ).stuckInExploration,
    ).toBe(true);
  });

  it('exactly 10 % integration or resolution is not stuck; just under is', () => {
    // 1 of 10 = 10 %.
    expect(
      threadProfile(
        posts([
          ['exploration', 9],
          ['integration', 1],
        ]),
      ).stuckInExploration,
    ).toBe(false);
    expect(
      threadProfile(
        posts([
          ['exploration', 9],
          ['resolution', 1],
        ]),
      ).stuckInExploration,
    ).toBe(false);
    // 1 of 11 ≈ 9.1 %.
    expect(
      threadProfile(
        posts([
          ['exploration', 10],
          ['integration', 1],
        ]),
      ).stuckInExploration,
    ).toBe(true);
    // 3 of 30 = 10 % (where 0.1 * 30 is not exactly 3 in floating point).
    expect(
      threadProfile(
        posts([
          ['exploration', 27],
          ['integration', 3],
        ]),
      ).stuckInExploration,
    ).toBe(false);
  });

  it('exactly 40 % facilitator posts is not dominance; more is', () => {
    expect(threadProfile(posts([['exploration', 10]], 4))).toMatchObject({
      facilitatorShare: 0.4,
      facilitatorDominance: false,
    });
    expect(threadProfile(posts([['exploration', 10]], 5)).facilitatorDominance).toBe(true);
    expect(threadProfile(posts([['exploration', 5]], 2)).facilitatorDominance).toBe(false);
    expect(threadProfile(posts([['exploration', 5]], 3)).facilitatorDominance).toBe(true);
    // One post, by the facilitator: 100 %.
    expect(threadProfile(posts([[null, 1]], 1)).facilitatorDominance).toBe(true);
  });
});
