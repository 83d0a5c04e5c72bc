import { PEER_PENDING_MAX, type PeerOfferBody, type PeerRequestBody } from '#core/contracts/peer-learning';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize, found } from '../../platform/authz';
import { conflict, notFound, unprocessable } from '../../platform/http/problem';
import type { Notify } from '../notifications';
import { peerLearningPolicy as policy } from './peer-learning.policy';
import { presentOffer, presentRequest } from './peer-learning.presenter';
import { type RequestRow, peerLearningRepo as repo } from './peer-learning.repo';

type Person = Awaited<ReturnType<typeof repo.person>>;

export type PeerLearningDeps = { db: Db; notify: Notify; now?: () => Date };

/** Where the two people answer and read their requests. */
const REQUESTS_LINK = '/peer-requests';

export function createPeerLearningService({ db, notify, now = () => new Date() }: PeerLearningDeps) {
  /** A request the actor is one of the two people of; 404 for anyone else (admins included). */
  async function own(actor: Actor, id: string) {
    const row = await repo.request(db, actor.organizationId, id);
    authorize(row !== null && policy.canSee(actor, row), 'hide');
    return row;
  }

  /** `known`: the other person when the caller already read them (an acceptance checks them first). */
  async function present(actor: Actor, row: RequestRow, known?: Person | null) {
    const otherId = row.fromUserId === actor.userId ? row.toUserId : row.fromUserId;
    const other = found(known?.id === otherId ? known : await repo.person(db, actor.organizationId, otherId));
    return presentRequest(row, actor.userId, other);
  }

  /** Move a pending request on, inside one transaction with what it tells the other person. */
  async function answer(actor: Actor, row: RequestRow, status: 'accepted' | 'declined' | 'withdrawn') {
    // Accepting shows each other's email: never to or of someone who has since been deactivated.
    const asker = status === 'accepted' ? await repo.person(db, actor.organizationId, row.fromUserId) : null;
    if (status === 'accepted' && asker?.status !== 'active')
      throw conflict('This colleague is no longer active in your district.');
    const updated = await db.transaction(async (tx) => {
      const next = await repo.answer(tx, actor.organizationId, row.id, status, now());
      if (!next) throw conflict('This request was already answered or withdrawn.');
      // Only an acceptance is told; a decline sends nothing (the asker sees "declined" in the list).
      if (status === 'accepted')
        await notify(tx, {
          organizationId: actor.organizationId,
          userId: next.fromUserId,
          kind: 'peer-request.accepted',
          params: { peerName: actor.name },
          link: REQUESTS_LINK,
          dedupeKey: `peer-request.accepted:${next.id}`,
        });
      return next;
    });
    return present(actor, updated, asker);
  }

  return {
    /** The caller's own offer, or `{ offer: null }`. */
    async offer(actor: Actor) {
      authorize(actor.memberships.length > 0);
      return presentOffer(await repo.offerOf(db, actor.organizationId, actor.userId));
    },

    /** Publish, edit, open or close the caller's offer; closing takes them out of every recommendation at once. */
    async saveOffer(actor: Actor, body: PeerOfferBody) {
      authorize(policy.canOffer(actor));
      const row = await repo.saveOffer(
        db,
        {
          organizationId: actor.organizationId,
          userId: actor.userId,
          practiceTags: body.practiceTags,
          note: body.note || null,
          open: body.open,
        },
        now(),
      );
      return presentOffer(row);
    },

    /** Withdraw and forget the offer. Requests already made stay, for both people to answer or read. */
    async deleteOffer(actor: Actor) {
      authorize(policy.canOffer(actor));
      await repo.deleteOffer(db, actor.organizationId, actor.userId);
    },

    /** The caller's requests, newest first: incoming and outgoing. */
    async requests(actor: Actor) {
      authorize(actor.memberships.length > 0);
      const rows = await repo.requestsOf(db, actor.organizationId, actor.userId);
      const items = rows.map(({ request, otherName, otherEmail }) =>
        presentRequest(request, actor.userId, {
          id: request.fromUserId === actor.userId ? request.toUserId : request.fromUserId,
          name: otherName,
          email: otherEmail,
        }),
      );
      return {
        incoming: items.filter((item) => item.direction === 'incoming'),
        outgoing: items.filter((item) => item.direction === 'outgoing'),
      };
    },

    /**
     * Ask a colleague with an open offer, about one of the practices they offered. One pending
     * request per pair (409), at most PEER_PENDING_MAX waiting per asker (409 naming the limit).
     */
    async ask(actor: Actor, body: PeerRequestBody) {
      authorize(policy.canAsk(actor));
      if (body.toUserId === actor.userId)
        throw unprocessable('You cannot ask yourself.', [{ path: 'toUserId', message: 'You cannot ask yourself.' }]);
      const row = await db.transaction(async (tx) => {
        // Both people locked, in one order: asks by one person, and asks between one pair, run one
        // at a time, so the pending cap and "one pending per pair, either way" hold under races.
        await repo.lockPeople(tx, actor.organizationId, [actor.userId, body.toUserId]);
        const offer = await repo.openOffer(tx, actor.organizationId, body.toUserId);
        if (!offer) throw notFound('There is no open offer from that colleague.');
        if (!offer.offer.practiceTags.includes(body.practiceTag))
          throw unprocessable('Choose one of the practices this colleague offered.', [
            { path: 'practiceTag', message: 'Not one of the practices this colleague offered.' },
          ]);
        if (await repo.pendingBetween(tx, actor.organizationId, actor.userId, body.toUserId))
          throw conflict('You already have a request with this colleague waiting for an answer.');
        const since = policy.declineQuietSince(now());
        if (await repo.declinedSince(tx, actor.organizationId, actor.userId, body.toUserId, since))
          throw conflict('This colleague declined a request of yours recently. You can ask them again after 90 days.');
        if ((await repo.pendingOutgoing(tx, actor.organizationId, actor.userId)) >= PEER_PENDING_MAX)
          throw conflict('You have 5 requests waiting for an answer: withdraw one or wait for an answer first.', {
            limit: PEER_PENDING_MAX,
          });
        const created = await repo.createRequest(tx, {
          organizationId: actor.organizationId,
          fromUserId: actor.userId,
          toUserId: body.toUserId,
          practiceTag: body.practiceTag,
          message: body.message,
          createdAt: now(),
        });
        if (!created) throw conflict('You already have a request with this colleague waiting for an answer.');
        await notify(tx, {
          organizationId: actor.organizationId,
          userId: body.toUserId,
          kind: 'peer-request.received',
          params: { askerName: actor.name },
          link: REQUESTS_LINK,
          // Once a day per pair: asking, withdrawing and asking again does not flood their inbox.
          dedupeKey: `peer-request.received:${actor.userId}:${body.toUserId}:${now().toISOString().slice(0, 10)}`,
        });
        return created;
      });
      return present(actor, row);
    },

    /** The asked colleague accepts: both now see each other's email, and the asker is told. */
    async accept(actor: Actor, id: string) {
      const row = await own(actor, id);
      authorize(policy.canAnswer(actor, row));
      return answer(actor, row, 'accepted');
    },

    /** The asked colleague declines: no reason, no mail. */
    async decline(actor: Actor, id: string) {
      const row = await own(actor, id);
      authorize(policy.canAnswer(actor, row));
      return answer(actor, row, 'declined');
    },

    /** The asker takes a pending request back. */
    async withdraw(actor: Actor, id: string) {
      const row = await own(actor, id);
      authorize(policy.canWithdraw(actor, row));
      return answer(actor, row, 'withdrawn');
    },
  };
}

export type PeerLearningService = ReturnType<typeof createPeerLearningService>;
