import type { Me } from '#core/contracts/session';
import type { Actor } from '../../platform/actor';
import type { accessTokens } from './identity.table';

export function presentMe(
  actor: Pick<Actor, 'userId' | 'name' | 'email' | 'locale' | 'organizationId' | 'organizationName' | 'memberships'>,
): Me {
  return {
    id: actor.userId,
    name: actor.name,
    email: actor.email,
    locale: actor.locale,
    roles: actor.memberships.map((m) => ({ role: m.role, organizationId: actor.organizationId, schoolId: m.schoolId })),
    organization: { id: actor.organizationId, name: actor.organizationName },
  };
}

export function presentAccessToken(row: typeof accessTokens.$inferSelect) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}
