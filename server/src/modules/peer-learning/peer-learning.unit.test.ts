import { describe, expect, it } from 'vitest';
import { PEER_PRACTICE_TAGS } from '#core/contracts/peer-learning';
import { STARTER_CARDS } from '#core/library/index';
import { peerLearningPolicy as policy } from './peer-learning.policy';

const actor = (userId: string, role: 'teacher' | 'coach' | 'district_admin' | 'facilitator') =>
  ({ userId, memberships: [{ id: 'm', role, schoolId: null }] }) as unknown as Parameters<typeof policy.canSee>[0];

describe('peer learning', () => {
  it('offers name exactly the practice tags the starter library uses', () => {
    const used = [...new Set(STARTER_CARDS.flatMap((card) => card.practiceTags))].sort();
    expect([...PEER_PRACTICE_TAGS].sort()).toEqual(used);
  });

  it('lets teachers and coaches offer and ask, and keeps a request to its two people', () => {
    expect(policy.canOffer(actor('a', 'teacher'))).toBe(true);
    expect(policy.canAsk(actor('a', 'coach'))).toBe(true);
    expect(policy.canOffer(actor('a', 'district_admin'))).toBe(false);
    expect(policy.canAsk(actor('a', 'facilitator'))).toBe(false);
    const request = { fromUserId: 'a', toUserId: 'b', status: 'pending' };
    expect(policy.canSee(actor('a', 'teacher'), request)).toBe(true);
    expect(policy.canSee(actor('b', 'teacher'), request)).toBe(true);
    expect(policy.canSee(actor('c', 'district_admin'), request)).toBe(false);
    expect(policy.canAnswer(actor('a', 'teacher'), request)).toBe(false);
    expect(policy.canAnswer(actor('b', 'teacher'), request)).toBe(true);
    expect(policy.canWithdraw(actor('a', 'teacher'), request)).toBe(true);
    expect(policy.showsEmail(request)).toBe(false);
    expect(policy.showsEmail({ ...request, status: 'accepted' })).toBe(true);
    expect(policy.showsEmail({ ...request, status: 'declined' })).toBe(false);
  });
});
