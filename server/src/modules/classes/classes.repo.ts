import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { isId } from '../../platform/ids';
import { users } from '../identity/identity.table';
import { memberships } from '../organizations/organizations.table';
import { classes } from './classes.table';

export type ClassScope = { ownerId: string } | { schoolIds: string[] } | { all: true };

const columns = { class: classes, ownerName: users.name };

export const classesRepo = {
  async list(db: Executor, organizationId: string, scope: ClassScope, limit: number, after: string[] | null) {
    const scoped =
      'ownerId' in scope
        ? eq(classes.ownerId, scope.ownerId)
        : 'schoolIds' in scope
          ? scope.schoolIds.length > 0
            ? inArray(classes.schoolId, scope.schoolIds)
            : sql`false`
          : undefined;
    return db
      .select(columns)
      .from(classes)
      .innerJoin(users, eq(users.id, classes.ownerId))
      .where(
        and(
          eq(classes.organizationId, organizationId),
          isNull(classes.archivedAt),
          scoped,
          after ? sql`(${classes.name}, ${classes.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
        ),
      )
      .orderBy(asc(classes.name), asc(classes.id))
      .limit(limit + 1);
  },

  async find(db: Executor, organizationId: string, classId: string) {
    if (!isId(classId)) return null;
    const [row] = await db
      .select(columns)
      .from(classes)
      .innerJoin(users, eq(users.id, classes.ownerId))
      .where(and(eq(classes.organizationId, organizationId), eq(classes.id, classId)));
    return row ?? null;
  },

  async create(db: Executor, values: typeof classes.$inferInsert) {
    const [row] = await db.insert(classes).values(values).returning();
    return row!;
  },

  /** The schools where a person teaches or coaches: where their classes may belong. */
  async teachingSchools(db: Executor, organizationId: string, userId: string): Promise<string[]> {
    const rows = await db
      .select({ schoolId: memberships.schoolId })
      .from(memberships)
      .where(
        and(
          eq(memberships.organizationId, organizationId),
          eq(memberships.userId, userId),
          inArray(memberships.role, ['teacher', 'coach']),
        ),
      );
    return rows.flatMap((r) => (r.schoolId ? [r.schoolId] : []));
  },
};
