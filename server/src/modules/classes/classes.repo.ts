import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client';
import { prepared } from '../../db/prepared';
import { memberships, users } from '../../db/schema';
import { isId } from '../../platform/ids';
import { classes } from './classes.table';

export type ClassScope = { ownerId: string } | { schoolIds: string[] } | { all: true };

const columns = { class: classes, ownerName: users.name };

/** A teacher's own classes — asked on nearly every page, so prepared; the keyset cursor is optional inside it. */
const ownClasses = (db: Db) =>
  prepared(db, 'own_classes', (d) =>
    d
      .select(columns)
      .from(classes)
      .innerJoin(users, eq(users.id, classes.ownerId))
      .where(
        and(
          eq(classes.organizationId, sql.placeholder('organizationId')),
          eq(classes.ownerId, sql.placeholder('ownerId')),
          isNull(classes.archivedAt),
          sql`(${sql.placeholder('afterName')}::text is null or (${classes.name}, ${classes.id}) > (${sql.placeholder('afterName')}::text, ${sql.placeholder('afterId')}::uuid))`,
        ),
      )
      .orderBy(asc(classes.name), asc(classes.id))
      .limit(sql.placeholder('limit'))
      .prepare('own_classes'),
  );

export const classesRepo = {
  async list(db: Db, organizationId: string, scope: ClassScope, limit: number, after: string[] | null) {
    if ('ownerId' in scope) {
      return ownClasses(db).execute({
        organizationId,
        ownerId: scope.ownerId,
        limit: limit + 1,
        afterName: after?.[0] ?? null,
        afterId: after?.[1] ?? null,
      });
    }
    const scoped =
      'schoolIds' in scope
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

  /** The subjects and grades a person teaches (live classes only), for recommendations. */
  async teachingOf(db: Executor, organizationId: string, ownerId: string) {
    return db
      .selectDistinct({ subject: classes.subject, gradeLevel: classes.gradeLevel })
      .from(classes)
      .where(and(eq(classes.organizationId, organizationId), eq(classes.ownerId, ownerId), isNull(classes.archivedAt)));
  },

  /** The same for several people in one query (peer candidates), with whose class each row is. */
  async teachingOfMany(db: Executor, organizationId: string, ownerIds: string[]) {
    if (ownerIds.length === 0) return [];
    return db
      .selectDistinct({ ownerId: classes.ownerId, subject: classes.subject, gradeLevel: classes.gradeLevel })
      .from(classes)
      .where(
        and(eq(classes.organizationId, organizationId), inArray(classes.ownerId, ownerIds), isNull(classes.archivedAt)),
      );
  },
};
