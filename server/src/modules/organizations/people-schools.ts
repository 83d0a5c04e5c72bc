import { and, eq, inArray } from 'drizzle-orm';
import type { Role } from '#core/domain/roles';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { isId } from '../../platform/ids';
import { memberships } from './organizations.table';

export type PersonSchool = { userId: string; schoolId: string | null };
/** Active people of a district among `userIds` holding any of `roles`: one row per such role, with its school. */
export type PeopleSchools = (
  organizationId: string,
  userIds: string[],
  roles: readonly Role[],
) => Promise<PersonSchool[]>;

/**
 * For modules that act on people within someone's people scope (a coach's or leader's schools,
 * an admin's district), injected so they need not read memberships: pathways' enrolments.
 */
export const peopleSchoolsFrom =
  (db: Db): PeopleSchools =>
  async (organizationId, userIds, roles) => {
    const ids = [...new Set(userIds.filter(isId))];
    if (ids.length === 0 || roles.length === 0) return [];
    return db
      .selectDistinct({ userId: memberships.userId, schoolId: memberships.schoolId })
      .from(memberships)
      .innerJoin(users, and(eq(users.organizationId, memberships.organizationId), eq(users.id, memberships.userId)))
      .where(
        and(
          eq(memberships.organizationId, organizationId),
          eq(users.status, 'active'),
          inArray(memberships.userId, ids),
          inArray(memberships.role, [...roles]),
        ),
      );
  };
