import type { Actor } from '../../platform/actor';

/**
 * The library is for everyone signed in, whatever their role: built-in cards (no organization)
 * are everyone's, a district's own cards only its people's. Whoever may read a card may say
 * whether it was useful.
 */
export const libraryPolicy = {
  canRead: (actor: Actor, card: { organizationId: string | null }) =>
    card.organizationId === null || card.organizationId === actor.organizationId,
  canReact: (actor: Actor, card: { organizationId: string | null }) => libraryPolicy.canRead(actor, card),
};
