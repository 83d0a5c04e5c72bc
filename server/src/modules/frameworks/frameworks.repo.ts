import { and, asc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { schools } from '../../db/schema';
import { isId } from '../../platform/ids';
import {
  frameworkDomains,
  frameworkLookFors,
  frameworkPractices,
  frameworks,
  growthFocus,
  schoolFrameworks,
} from './frameworks.table';
import type { ExistingTree, TreeWrite } from './frameworks.tree';

export type FrameworkRow = typeof frameworks.$inferSelect;
export type FrameworkValues = Omit<typeof frameworks.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;
export type DomainRow = typeof frameworkDomains.$inferSelect;
export type PracticeRow = typeof frameworkPractices.$inferSelect;
export type LookForRow = typeof frameworkLookFors.$inferSelect;
export type Tree = { framework: FrameworkRow; domains: DomainRow[]; practices: PracticeRow[]; lookFors: LookForRow[] };

/** Built-in rows (no tenant) are everyone's; a district's rows only its own. */
const visibleTo = (column: PgColumn, organizationId: string) => or(isNull(column), eq(column, organizationId));
/** Exactly this owner: a tenant, or null for the built-in rows. */
const ownedBy = (column: PgColumn, organizationId: string | null) =>
  organizationId === null ? isNull(column) : eq(column, organizationId);

// Written out: inside a sql template Drizzle names a column without its table, and here it must be the outer row's.
const practiceCount = sql<number>`(select count(*)::int from framework_practices p where p.framework_id = frameworks.id)`;

/** Inserts rows, or rewrites the row with the same id (ids were matched by code beforehand). */
async function upsertById<T extends PgTable>(db: Executor, table: T, rows: T['$inferInsert'][], columns: string[]) {
  if (rows.length === 0) return;
  const set = Object.fromEntries(
    columns.map((name) => [name, sql.raw(`excluded.${name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`)]),
  ) as Record<string, SQL>;
  await db
    .insert(table)
    .values(rows)
    .onConflictDoUpdate({ target: (table as unknown as { id: PgColumn }).id, set: set as never });
}

export const frameworksRepo = {
  /** Built-in first, then the district's own, by code. */
  async listVisible(db: Executor, organizationId: string) {
    return db
      .select({ framework: frameworks, practiceCount })
      .from(frameworks)
      .where(visibleTo(frameworks.organizationId, organizationId))
      .orderBy(sql`${frameworks.organizationId} is not null`, asc(frameworks.code), asc(frameworks.id));
  },

  async findVisible(db: Executor, organizationId: string, id: string) {
    if (!isId(id)) return null;
    const [row] = await db
      .select()
      .from(frameworks)
      .where(and(eq(frameworks.id, id), visibleTo(frameworks.organizationId, organizationId)));
    return row ?? null;
  },

  /** The framework with this code owned by `organizationId` (null: the built-in one). */
  async findByCode(db: Executor, organizationId: string | null, code: string) {
    const [row] = await db
      .select()
      .from(frameworks)
      .where(and(ownedBy(frameworks.organizationId, organizationId), eq(frameworks.code, code)));
    return row ?? null;
  },

  /** The framework about to be rewritten, locked so two saves of it take turns. */
  async lockOwned(db: Executor, organizationId: string, id: string) {
    if (!isId(id)) return null;
    const [row] = await db
      .select()
      .from(frameworks)
      .where(and(eq(frameworks.id, id), eq(frameworks.organizationId, organizationId)))
      .for('update');
    return row ?? null;
  },

  async tree(db: Executor, framework: FrameworkRow): Promise<Tree> {
    // One after another: `db` may be a transaction's single connection, where concurrent queries are not allowed.
    const domains = await db
      .select()
      .from(frameworkDomains)
      .where(
        and(
          ownedBy(frameworkDomains.organizationId, framework.organizationId),
          eq(frameworkDomains.frameworkId, framework.id),
        ),
      )
      .orderBy(asc(frameworkDomains.position));
    const practices = await db
      .select()
      .from(frameworkPractices)
      .where(
        and(
          ownedBy(frameworkPractices.organizationId, framework.organizationId),
          eq(frameworkPractices.frameworkId, framework.id),
        ),
      )
      .orderBy(asc(frameworkPractices.position));
    const lookFors = await db
      .select()
      .from(frameworkLookFors)
      .where(
        and(
          ownedBy(frameworkLookFors.organizationId, framework.organizationId),
          eq(frameworkLookFors.frameworkId, framework.id),
        ),
      )
      .orderBy(asc(frameworkLookFors.position));
    return { framework, domains, practices, lookFors };
  },

  /** Ids and codes of a framework's rows, to match an edited document against. */
  async existingTree(db: Executor, framework: FrameworkRow): Promise<ExistingTree> {
    const { domains, practices, lookFors } = await frameworksRepo.tree(db, framework);
    return {
      domains: domains.map(({ id, code }) => ({ id, code })),
      practices: practices.map(({ id, code }) => ({ id, code })),
      lookFors: lookFors.map(({ id, code, practiceId }) => ({ id, code, practiceId })),
    };
  },

  async createFramework(db: Executor, values: FrameworkValues) {
    const [row] = await db.insert(frameworks).values(values).returning();
    return row!;
  },

  async updateFramework(db: Executor, id: string, values: Omit<FrameworkValues, 'organizationId'>) {
    const [row] = await db
      .update(frameworks)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(frameworks.id, id))
      .returning();
    return row!;
  },

  /** Applies a planned write: rows upserted by id (parents first), then what the document no longer names removed. */
  async writeTree(db: Executor, write: TreeWrite) {
    await upsertById(db, frameworkDomains, write.domains, ['position', 'code', 'title', 'description']);
    await upsertById(db, frameworkPractices, write.practices, [
      'domainId',
      'position',
      'code',
      'title',
      'description',
      'levels',
      'planTerms',
      'resourceIds',
    ]);
    await upsertById(db, frameworkLookFors, write.lookFors, ['position', 'code', 'text']);
    const { lookForIds, practiceIds, domainIds } = write.removed;
    if (lookForIds.length > 0) await db.delete(frameworkLookFors).where(inArray(frameworkLookFors.id, lookForIds));
    if (practiceIds.length > 0) await db.delete(frameworkPractices).where(inArray(frameworkPractices.id, practiceIds));
    if (domainIds.length > 0) await db.delete(frameworkDomains).where(inArray(frameworkDomains.id, domainIds));
  },

  /** Which of these practices are someone's growth focus (in any tenant: built-in practices are shared). */
  async practicesInFocus(db: Executor, practiceIds: string[]) {
    if (practiceIds.length === 0) return [];
    const rows = await db
      .selectDistinct({ id: frameworkPractices.id, code: frameworkPractices.code })
      .from(growthFocus)
      .innerJoin(frameworkPractices, eq(frameworkPractices.id, growthFocus.practiceId))
      .where(inArray(growthFocus.practiceId, practiceIds))
      .orderBy(asc(frameworkPractices.code));
    return rows;
  },

  /** For the built-in sync only: a withdrawn built-in practice stops being anyone's focus. */
  async dropFocusOn(db: Executor, practiceIds: string[]) {
    if (practiceIds.length === 0) return;
    await db.delete(growthFocus).where(inArray(growthFocus.practiceId, practiceIds));
  },

  async schoolExists(db: Executor, organizationId: string, schoolId: string) {
    if (!isId(schoolId)) return false;
    const [row] = await db
      .select({ id: schools.id })
      .from(schools)
      .where(and(eq(schools.organizationId, organizationId), eq(schools.id, schoolId)));
    return row !== undefined;
  },

  /** The frameworks chosen for these schools (schools without a choice are absent). */
  async chosenFrameworks(db: Executor, organizationId: string, schoolIds: string[]) {
    if (schoolIds.length === 0) return new Map<string, string>();
    const rows = await db
      .select({ schoolId: schoolFrameworks.schoolId, frameworkId: schoolFrameworks.frameworkId })
      .from(schoolFrameworks)
      .where(and(eq(schoolFrameworks.organizationId, organizationId), inArray(schoolFrameworks.schoolId, schoolIds)));
    return new Map(rows.map((r) => [r.schoolId, r.frameworkId]));
  },

  async chooseFramework(db: Executor, organizationId: string, schoolId: string, frameworkId: string) {
    await db
      .insert(schoolFrameworks)
      .values({ organizationId, schoolId, frameworkId })
      .onConflictDoUpdate({
        target: [schoolFrameworks.organizationId, schoolFrameworks.schoolId],
        set: { frameworkId, updatedAt: sql`now()` },
      });
  },

  /** Practices with these ids the tenant may see (built-in or its own), with their framework's owner. */
  async visiblePractices(db: Executor, organizationId: string, ids: string[]) {
    const valid = ids.filter(isId);
    if (valid.length === 0) return [];
    return db
      .select()
      .from(frameworkPractices)
      .where(and(inArray(frameworkPractices.id, valid), visibleTo(frameworkPractices.organizationId, organizationId)));
  },

  /** Look-fors with these ids the tenant may see (built-in or its own). */
  async visibleLookFors(db: Executor, organizationId: string, ids: string[]) {
    const valid = ids.filter(isId);
    if (valid.length === 0) return [];
    return db
      .select({ id: frameworkLookFors.id })
      .from(frameworkLookFors)
      .where(and(inArray(frameworkLookFors.id, valid), visibleTo(frameworkLookFors.organizationId, organizationId)));
  },

  async lookForsOf(db: Executor, organizationId: string, practiceIds: string[]) {
    if (practiceIds.length === 0) return [];
    return db
      .select()
      .from(frameworkLookFors)
      .where(
        and(
          inArray(frameworkLookFors.practiceId, practiceIds),
          visibleTo(frameworkLookFors.organizationId, organizationId),
        ),
      )
      .orderBy(asc(frameworkLookFors.position));
  },

  /** A person's growth-focus practices, in their order. */
  async focusOf(db: Executor, organizationId: string, userId: string) {
    const rows = await db
      .select({ practice: frameworkPractices })
      .from(growthFocus)
      .innerJoin(frameworkPractices, eq(frameworkPractices.id, growthFocus.practiceId))
      .where(and(eq(growthFocus.organizationId, organizationId), eq(growthFocus.userId, userId)))
      .orderBy(asc(growthFocus.position));
    return rows.map((r) => r.practice);
  },

  async replaceFocus(db: Executor, organizationId: string, userId: string, practiceIds: string[]) {
    await db
      .delete(growthFocus)
      .where(and(eq(growthFocus.organizationId, organizationId), eq(growthFocus.userId, userId)));
    if (practiceIds.length > 0)
      await db
        .insert(growthFocus)
        .values(practiceIds.map((practiceId, position) => ({ organizationId, userId, practiceId, position })));
  },
};
