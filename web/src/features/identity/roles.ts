import type { Me } from '#core/contracts/session';
import type { Role } from '#core/domain/roles';

export function rolesOf(me: Pick<Me, 'roles'> | null | undefined): Role[] {
  if (!me) return [];
  return [...new Set(me.roles.map((entry) => entry.role))];
}

export function hasRole(me: Pick<Me, 'roles'> | null | undefined, ...roles: Role[]): boolean {
  return !!me?.roles.some((entry) => roles.includes(entry.role));
}

/** School ids where the person holds any of the given roles (for defaults in forms). */
export function schoolIdsOf(me: Pick<Me, 'roles'> | null | undefined, ...roles: Role[]): string[] {
  if (!me) return [];
  const ids = me.roles
    .filter((entry) => roles.length === 0 || roles.includes(entry.role))
    .map((entry) => entry.schoolId)
    .filter((id): id is string => id !== null);
  return [...new Set(ids)];
}
