import type { Actor } from '../../platform/actor';

/**
 * Recommendations are about the caller's own work and are shown only to the caller: whoever is
 * signed in gets their own (a coach's come from their own plans and reflections too), and nobody
 * asks for someone else's. "I tried it" is likewise one's own.
 */
export const recommendationsPolicy = {
  canGetOwn: (actor: Actor) => actor.memberships.length > 0,
  canTry: (actor: Actor) => actor.memberships.length > 0,
};
