import { type Actor, hasRole } from '../../platform/actor';

export const auditPolicy = {
  canRead: (actor: Actor) => hasRole(actor, 'district_admin'),
};
