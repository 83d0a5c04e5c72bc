import { PEER_DECLINE_QUIET_DAYS } from '#core/contracts/peer-learning';
import { type Actor, hasRole } from '../../platform/actor';

type RequestLike = { fromUserId: string; toUserId: string; status: string };

/**
 * Peers to learn from (adr/0009) rest on two consents. Teachers and coaches may publish an offer
 * and may ask a colleague who published one. A request is private to its two people: anyone else,
 * district admins included, is told it does not exist. Only the asked colleague answers it; only
 * the asker withdraws it. Email addresses pass between the two only once the colleague accepts.
 */
export const peerLearningPolicy = {
  canOffer: (actor: Actor) => hasRole(actor, 'teacher', 'coach'),

  canAsk: (actor: Actor) => hasRole(actor, 'teacher', 'coach'),

  canSee: (actor: Actor, request: RequestLike) =>
    request.fromUserId === actor.userId || request.toUserId === actor.userId,

  canAnswer: (actor: Actor, request: RequestLike) => request.toUserId === actor.userId,

  canWithdraw: (actor: Actor, request: RequestLike) => request.fromUserId === actor.userId,

  showsEmail: (request: RequestLike) => request.status === 'accepted',

  /** A decline since this instant still keeps the asker from suggesting or asking that colleague. */
  declineQuietSince: (now: Date) => new Date(now.getTime() - PEER_DECLINE_QUIET_DAYS * 86_400_000),
};
