import type { PeerOffer, PeerRequest } from '#core/contracts/peer-learning';
import { peerLearningPolicy as policy } from './peer-learning.policy';
import type { OfferRow, RequestRow } from './peer-learning.repo';

export function presentOffer(row: OfferRow | null): { offer: PeerOffer | null } {
  if (!row) return { offer: null };
  return {
    offer: { practiceTags: row.practiceTags, note: row.note, open: row.open, updatedAt: row.updatedAt.toISOString() },
  };
}

/**
 * A request as one of its two people sees it: the other person's name, and their email only once
 * the request is accepted. A declined request says "declined" and nothing more.
 */
export function presentRequest(
  row: RequestRow,
  viewerId: string,
  other: { id: string; name: string; email: string },
): PeerRequest {
  return {
    id: row.id,
    direction: row.toUserId === viewerId ? 'incoming' : 'outgoing',
    person: { id: other.id, name: other.name, email: policy.showsEmail(row) ? other.email : null },
    practiceTag: row.practiceTag,
    message: row.message,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
  };
}
