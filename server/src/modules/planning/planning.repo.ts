import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client';
import { prepared } from '../../db/prepared';
import { memberships, teamMembers } from '../../db/schema';
import { isId } from '../../platform/ids';
import { insightDismissals, lessonPlans, lessonPlanVersions } from './planning.table';

export type PlanRow = typeof lessonPlans.$inferSelect;
export type PlanValues = Omit<
  typeof lessonPlans.$inferInsert,
  'id' | 'organizationId' | 'ownerId' | 'version' | 'createdAt' | 'updatedAt'
>;

export const planningRepo = {
  async create(db: Executor, values: typeof lessonPlans.$inferInsert) {
    const [row] = await db.insert(lessonPlans).values(values).returning();
    return row!;
  },

  /** Every plan route starts here (open, save, insights, reflections), so outside a transaction it is prepared. */
  async findPrepared(db: Db, organizationId: string, planId: string) {
    if (!isId(planId)) return null;
    const statement = prepared(db, 'plan_by_id', (d) =>
      d
        .select()
        .from(lessonPlans)
        .where(
          and(
            eq(lessonPlans.organizationId, sql.placeholder('organizationId')),
            eq(lessonPlans.id, sql.placeholder('planId')),
          ),
        )
        .prepare('plan_by_id'),
    );
    const [row] = await statement.execute({ organizationId, planId });
    return row ?? null;
  },

  async find(db: Executor, organizationId: string, planId: string) {
    if (!isId(planId)) return null;
    const [row] = await db
      .select()
      .from(lessonPlans)
      .where(and(eq(lessonPlans.organizationId, organizationId), eq(lessonPlans.id, planId)));
    return row ?? null;
  },

  /**
   * The caller's own plans (`mine`), or other people's plans shared with the caller (`shared`:
   * coach-visible plans of teachers they coach, team-visible plans of their teammates); by date,
   * the cursor is (date or '', id).
   */
  async list(
    db: Executor,
    organizationId: string,
    userId: string,
    filter: {
      scope: 'mine' | 'shared';
      order?: 'asc' | 'desc' | undefined;
      classId?: string | undefined;
      from?: string | undefined;
      to?: string | undefined;
    },
    limit: number,
    after: string[] | null,
  ) {
    if (filter.classId && !isId(filter.classId)) return [];
    return db
      .select()
      .from(lessonPlans)
      .where(
        and(
          eq(lessonPlans.organizationId, organizationId),
          filter.scope === 'mine' ? eq(lessonPlans.ownerId, userId) : sharedWith(organizationId, userId),
          filter.classId ? eq(lessonPlans.classId, filter.classId) : undefined,
          filter.from ? gte(lessonPlans.date, filter.from) : undefined,
          filter.to ? lte(lessonPlans.date, filter.to) : undefined,
          after
            ? filter.order === 'desc'
              ? sql`(coalesce(${lessonPlans.date}::text, ''), ${lessonPlans.id}) < (${after[0]}, ${after[1]}::uuid)`
              : sql`(coalesce(${lessonPlans.date}::text, ''), ${lessonPlans.id}) > (${after[0]}, ${after[1]}::uuid)`
            : undefined,
        ),
      )
      .orderBy(
        ...(filter.order === 'desc'
          ? [desc(sql`coalesce(${lessonPlans.date}::text, '')`), desc(lessonPlans.id)]
          : [asc(sql`coalesce(${lessonPlans.date}::text, '')`), asc(lessonPlans.id)]),
      )
      .limit(limit + 1);
  },

  /**
   * Saves a new version only if nobody saved since `expectedVersion` was read (optimistic
   * concurrency), keeping the replaced row in the versions table — in one statement, so one round
   * trip and atomic without a transaction. The row is locked (FOR UPDATE) and its version checked
   * again after any concurrent save commits, so two saves of one version never both succeed.
   * Returns what the save changed, or null when the version was stale (or the plan is gone).
   */
  async saveIfVersion(
    db: Executor,
    organizationId: string,
    planId: string,
    expectedVersion: number,
    values: PlanValues,
  ) {
    const result = await db.execute(sql`
      with old as (
        select * from ${lessonPlans}
        where organization_id = ${organizationId} and id = ${planId} and version = ${expectedVersion}
        for update
      ), saved as (
        update ${lessonPlans} p set
          title = ${values.title}, class_id = ${values.classId}, date = ${values.date}, locale = ${values.locale},
          visibility = ${values.visibility}, status = coalesce(${values.status ?? null}, p.status),
          content = ${JSON.stringify(values.content)}::jsonb, version = p.version + 1, updated_at = now()
        from old where p.organization_id = old.organization_id and p.id = old.id
        returning p.version, p.status, p.updated_at
      ), kept as (
        insert into ${lessonPlanVersions}
          (organization_id, plan_id, version, title, class_id, date, locale, visibility, status, content, saved_at)
        select organization_id, id, version, title, class_id, date, locale, visibility, status, content, updated_at
        from old where exists (select 1 from saved)
      )
      select version, status, updated_at from saved`);
    const [row] = (
      result as unknown as { rows: { version: number; status: PlanRow['status']; updated_at: Date | string }[] }
    ).rows;
    return row ? { version: Number(row.version), status: row.status, updatedAt: new Date(row.updated_at) } : null;
  },

  async versions(db: Executor, organizationId: string, planId: string) {
    return db
      .select()
      .from(lessonPlanVersions)
      .where(and(eq(lessonPlanVersions.organizationId, organizationId), eq(lessonPlanVersions.planId, planId)))
      .orderBy(desc(lessonPlanVersions.version));
  },

  async dismissals(db: Executor, organizationId: string, planId: string) {
    return db
      .select()
      .from(insightDismissals)
      .where(and(eq(insightDismissals.organizationId, organizationId), eq(insightDismissals.planId, planId)));
  },

  /** An owner's latest plans (by date, undated ones by last save), newest first. */
  async recentOfOwner(db: Executor, organizationId: string, ownerId: string, limit: number) {
    return db
      .select()
      .from(lessonPlans)
      .where(and(eq(lessonPlans.organizationId, organizationId), eq(lessonPlans.ownerId, ownerId)))
      .orderBy(sql`coalesce(${lessonPlans.date}, ${lessonPlans.updatedAt}::date) desc`, desc(lessonPlans.id))
      .limit(limit);
  },

  /** Dismissals on several plans at once. */
  async dismissalsOf(db: Executor, organizationId: string, planIds: string[]) {
    if (planIds.length === 0) return [];
    return db
      .select({ planId: insightDismissals.planId, ruleId: insightDismissals.ruleId })
      .from(insightDismissals)
      .where(and(eq(insightDismissals.organizationId, organizationId), inArray(insightDismissals.planId, planIds)));
  },

  /** Which of these ids are plans this person owns (other ids, other owners' plans: left out). */
  async ownedAmong(db: Executor, organizationId: string, ownerId: string, planIds: string[]) {
    const ids = planIds.filter(isId);
    if (ids.length === 0) return [];
    return db
      .select({ id: lessonPlans.id, title: lessonPlans.title, date: lessonPlans.date })
      .from(lessonPlans)
      .where(
        and(
          eq(lessonPlans.organizationId, organizationId),
          eq(lessonPlans.ownerId, ownerId),
          inArray(lessonPlans.id, ids),
        ),
      );
  },

  async dismiss(db: Executor, values: typeof insightDismissals.$inferInsert) {
    const [row] = await db
      .insert(insightDismissals)
      .values(values)
      .onConflictDoUpdate({
        target: [insightDismissals.organizationId, insightDismissals.planId, insightDismissals.ruleId],
        set: { reason: values.reason, userId: values.userId, createdAt: sql`now()` },
      })
      .returning();
    return row!;
  },

  /** The people a `coach`-visible plan is shared with: coaches at the schools where the owner teaches. */
  async isCoachOf(db: Executor, organizationId: string, coachId: string, teacherId: string) {
    const rows = await db.execute(sql`
      select 1 from ${memberships} c join ${memberships} t
        on t.organization_id = c.organization_id and t.school_id = c.school_id
      where c.organization_id = ${organizationId} and c.user_id = ${coachId} and c.role = 'coach'
        and t.user_id = ${teacherId} and t.role = 'teacher' limit 1`);
    return (rows as unknown as { rows: unknown[] }).rows.length > 0;
  },

  /** A `team`-visible plan is shared with everyone on a team with its owner. */
  async shareATeam(db: Executor, organizationId: string, a: string, b: string) {
    const rows = await db.execute(sql`
      select 1 from ${teamMembers} x join ${teamMembers} y
        on y.organization_id = x.organization_id and y.team_id = x.team_id
      where x.organization_id = ${organizationId} and x.user_id = ${a} and y.user_id = ${b} limit 1`);
    return (rows as unknown as { rows: unknown[] }).rows.length > 0;
  },
};

/** Plans someone else owns that `userId` may read because of their visibility (mirrors isCoachOf/shareATeam). */
function sharedWith(organizationId: string, userId: string) {
  return sql`${lessonPlans.ownerId} <> ${userId} and (
    (${lessonPlans.visibility} = 'coach' and exists (
      select 1 from ${memberships} c join ${memberships} t
        on t.organization_id = c.organization_id and t.school_id = c.school_id
      where c.organization_id = ${organizationId} and c.user_id = ${userId} and c.role = 'coach'
        and t.user_id = ${lessonPlans.ownerId} and t.role = 'teacher'))
    or (${lessonPlans.visibility} = 'team' and exists (
      select 1 from ${teamMembers} x join ${teamMembers} y
        on y.organization_id = x.organization_id and y.team_id = x.team_id
      where x.organization_id = ${organizationId} and x.user_id = ${userId} and y.user_id = ${lessonPlans.ownerId})))`;
}
