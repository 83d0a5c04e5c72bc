import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Locale, Role } from '#core/domain/roles';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { memberships } from './organizations.table';

export type PersonInRole = { organizationId: string; userId: string; locale: Locale };
/** Active people holding any of `roles`, every district, in pages ordered by (district, person). */
export type PeopleInRoles = (
  roles: readonly Role[],
  after: { organizationId: string; userId: string } | null,
  limit: number,
) => Promise<PersonInRole[]>;

/** For district-wide jobs (the weekly recommendations): injected, so they need not read memberships. */
export const peopleInRolesFrom =
  (db: Db): PeopleInRoles =>
  (roles, after, limit) =>
    db
      .selectDistinct({ organizationId: memberships.organizationId, userId: memberships.userId, locale: users.locale })
      .from(memberships)
      .innerJoin(users, and(eq(users.organizationId, memberships.organizationId), eq(users.id, memberships.userId)))
      .where(
        and(
          inArray(memberships.role, [...roles]),
          eq(users.status, 'active'),
          after
            ? sql`(${memberships.organizationId}, ${memberships.userId}) > (${after.organizationId}::uuid, ${after.userId}::uuid)`
            : undefined,
        ),
      )
      .orderBy(asc(memberships.organizationId), asc(memberships.userId))
      .limit(limit);
