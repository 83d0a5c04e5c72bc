import { and, asc, desc, eq, inArray, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Locale } from '#core/domain/roles';
import type { Executor } from '../../db/client';
import {
  lessonPlans,
  memberships,
  observationFeedback,
  observations,
  reflections,
  strategyCards,
  users,
} from '../../db/schema';
import { isId } from '../../platform/ids';
import { coachingCycleChecks, coachingCycleLinks, coachingCycleSessions, coachingCycles } from './cycles.table';

export type CycleRow = typeof coachingCycles.$inferSelect;
export type SessionRow = typeof coachingCycleSessions.$inferSelect;
export type CheckRow = typeof coachingCycleChecks.$inferSelect;
export type LinkRow = typeof coachingCycleLinks.$inferSelect;
export type CycleListRow = { cycle: CycleRow; coachName: string; teacherName: string; latestValue: number | null };

const coach = alias(users, 'coach');
const teacher = alias(users, 'teacher');
const reflectedPlan = alias(lessonPlans, 'reflected_plan');

// Written out: inside a sql template Drizzle names a column without its table, and here it must be the outer row's.
const latestValue = sql<number | null>`(select c.value from coaching_cycle_checks c
  where c.organization_id = coaching_cycles.organization_id and c.cycle_id = coaching_cycles.id
  order by c.date desc, c.created_at desc limit 1)`;

const inCycle = <T extends { organizationId: any; cycleId: any }>(table: T, organizationId: string, cycleId: string) =>
  and(eq(table.organizationId, organizationId), eq(table.cycleId, cycleId));

function withNames(db: Executor) {
  return db
    .select({ cycle: coachingCycles, coachName: coach.name, teacherName: teacher.name, latestValue })
    .from(coachingCycles)
    .innerJoin(coach, eq(coach.id, coachingCycles.coachId))
    .innerJoin(teacher, eq(teacher.id, coachingCycles.teacherId));
}

export type ListFilter = {
  role: 'coaching' | 'coached';
  status?: 'open' | 'closed' | undefined;
  teacherId?: string | undefined;
};

export const cyclesRepo = {
  /** Inserts the cycle unless the pair already has an open one (the partial unique index); null then. */
  async create(db: Executor, values: typeof coachingCycles.$inferInsert) {
    const [row] = await db.insert(coachingCycles).values(values).onConflictDoNothing().returning();
    return row ?? null;
  },

  async openCycleOf(db: Executor, organizationId: string, coachId: string, teacherId: string) {
    const [row] = await db
      .select({ id: coachingCycles.id })
      .from(coachingCycles)
      .where(
        and(
          eq(coachingCycles.organizationId, organizationId),
          eq(coachingCycles.coachId, coachId),
          eq(coachingCycles.teacherId, teacherId),
          isNull(coachingCycles.closedAt),
        ),
      );
    return row?.id ?? null;
  },

  async find(db: Executor, organizationId: string, id: string) {
    if (!isId(id)) return null;
    const [row] = await db
      .select()
      .from(coachingCycles)
      .where(and(eq(coachingCycles.organizationId, organizationId), eq(coachingCycles.id, id)));
    return row ?? null;
  },

  /** Locks the cycle for a write that depends on whether it is closed, so writes and the close take turns. */
  async lock(db: Executor, organizationId: string, id: string) {
    const [row] = await db
      .select()
      .from(coachingCycles)
      .where(and(eq(coachingCycles.organizationId, organizationId), eq(coachingCycles.id, id)))
      .for('update');
    return row ?? null;
  },

  async withNames(db: Executor, organizationId: string, id: string): Promise<CycleListRow | null> {
    if (!isId(id)) return null;
    const [row] = await withNames(db).where(
      and(eq(coachingCycles.organizationId, organizationId), eq(coachingCycles.id, id)),
    );
    return row ?? null;
  },

  /** Cycles the caller coaches, or cycles about the caller; newest first, cursor (createdAt, id). */
  async list(
    db: Executor,
    organizationId: string,
    userId: string,
    filter: ListFilter,
    limit: number,
    after: string[] | null,
  ): Promise<CycleListRow[]> {
    if (filter.teacherId !== undefined && !isId(filter.teacherId)) return [];
    return withNames(db)
      .where(
        and(
          eq(coachingCycles.organizationId, organizationId),
          filter.role === 'coaching' ? eq(coachingCycles.coachId, userId) : eq(coachingCycles.teacherId, userId),
          filter.teacherId ? eq(coachingCycles.teacherId, filter.teacherId) : undefined,
          filter.status === 'open' ? isNull(coachingCycles.closedAt) : undefined,
          filter.status === 'closed' ? isNotNull(coachingCycles.closedAt) : undefined,
          after
            ? sql`(${coachingCycles.createdAt}, ${coachingCycles.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
            : undefined,
        ),
      )
      .orderBy(desc(coachingCycles.createdAt), desc(coachingCycles.id))
      .limit(limit + 1);
  },

  /** A coach's open cycles, one per teacher (the partial unique index guarantees at most one). */
  async openCyclesOfCoach(db: Executor, organizationId: string, coachId: string) {
    if (!isId(coachId)) return [];
    return db
      .select({ id: coachingCycles.id, teacherId: coachingCycles.teacherId, goal: coachingCycles.goal })
      .from(coachingCycles)
      .where(
        and(
          eq(coachingCycles.organizationId, organizationId),
          eq(coachingCycles.coachId, coachId),
          isNull(coachingCycles.closedAt),
        ),
      );
  },

  async update(db: Executor, organizationId: string, id: string, values: Partial<typeof coachingCycles.$inferInsert>) {
    await db
      .update(coachingCycles)
      .set({ ...values, updatedAt: sql`now()` })
      .where(and(eq(coachingCycles.organizationId, organizationId), eq(coachingCycles.id, id)));
  },

  /** The teacher's schools if they are an active (or invited) teacher of the tenant; null otherwise. */
  async teacherSchools(db: Executor, organizationId: string, userId: string) {
    if (!isId(userId)) return null;
    const rows = await db
      .select({ schoolId: memberships.schoolId })
      .from(memberships)
      .innerJoin(users, and(eq(users.id, memberships.userId), eq(users.organizationId, memberships.organizationId)))
      .where(
        and(
          eq(memberships.organizationId, organizationId),
          eq(memberships.userId, userId),
          eq(memberships.role, 'teacher'),
          ne(users.status, 'deactivated'),
        ),
      );
    return rows.length === 0 ? null : rows.flatMap((r) => (r.schoolId ? [r.schoolId] : []));
  },

  /** Whether someone holds a school leader or district admin role (reflections never reach them). */
  async isLeaderOrAdmin(db: Executor, organizationId: string, userId: string) {
    const [row] = await db
      .select({ one: sql<number>`1` })
      .from(memberships)
      .where(
        and(
          eq(memberships.organizationId, organizationId),
          eq(memberships.userId, userId),
          inArray(memberships.role, ['school_leader', 'district_admin']),
        ),
      )
      .limit(1);
    return row !== undefined;
  },

  /** Whether a strategy card with this id is one the tenant can see (built-in or its own). */
  async cardExists(db: Executor, organizationId: string, slug: string) {
    const [row] = await db
      .select({ one: sql<number>`1` })
      .from(strategyCards)
      .where(
        and(
          eq(strategyCards.slug, slug),
          or(isNull(strategyCards.organizationId), eq(strategyCards.organizationId, organizationId)),
        ),
      )
      .limit(1);
    return row !== undefined;
  },

  /** The card's title in the reader's language when it has one, else in its other language. */
  async cardTitle(db: Executor, organizationId: string, slug: string, locale: Locale) {
    const [row] = await db
      .select({ title: strategyCards.title })
      .from(strategyCards)
      .where(
        and(
          eq(strategyCards.slug, slug),
          or(isNull(strategyCards.organizationId), eq(strategyCards.organizationId, organizationId)),
        ),
      )
      .orderBy(sql`(${strategyCards.locale} = ${locale}) desc`, asc(strategyCards.locale))
      .limit(1);
    return row?.title ?? null;
  },

  // ── sessions and checks ──

  async sessions(db: Executor, organizationId: string, cycleId: string) {
    return db
      .select()
      .from(coachingCycleSessions)
      .where(inCycle(coachingCycleSessions, organizationId, cycleId))
      .orderBy(asc(coachingCycleSessions.date), asc(coachingCycleSessions.createdAt), asc(coachingCycleSessions.id));
  },

  async checks(db: Executor, organizationId: string, cycleId: string) {
    return db
      .select()
      .from(coachingCycleChecks)
      .where(inCycle(coachingCycleChecks, organizationId, cycleId))
      .orderBy(asc(coachingCycleChecks.date), asc(coachingCycleChecks.createdAt), asc(coachingCycleChecks.id));
  },

  async sessionByClientId(db: Executor, organizationId: string, cycleId: string, clientId: string) {
    const [row] = await db
      .select()
      .from(coachingCycleSessions)
      .where(
        and(inCycle(coachingCycleSessions, organizationId, cycleId), eq(coachingCycleSessions.clientId, clientId)),
      );
    return row ?? null;
  },

  async checkByClientId(db: Executor, organizationId: string, cycleId: string, clientId: string) {
    const [row] = await db
      .select()
      .from(coachingCycleChecks)
      .where(and(inCycle(coachingCycleChecks, organizationId, cycleId), eq(coachingCycleChecks.clientId, clientId)));
    return row ?? null;
  },

  async sessionCount(db: Executor, organizationId: string, cycleId: string) {
    const [row] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(coachingCycleSessions)
      .where(inCycle(coachingCycleSessions, organizationId, cycleId));
    return Number(row?.count ?? 0);
  },

  async checkCount(db: Executor, organizationId: string, cycleId: string) {
    const [row] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(coachingCycleChecks)
      .where(inCycle(coachingCycleChecks, organizationId, cycleId));
    return Number(row?.count ?? 0);
  },

  /** Inserts unless the client id was seen (null then: the caller answers the stored one). */
  async addSession(db: Executor, values: typeof coachingCycleSessions.$inferInsert) {
    const [row] = await db.insert(coachingCycleSessions).values(values).onConflictDoNothing().returning();
    return row ?? null;
  },

  async addCheck(db: Executor, values: typeof coachingCycleChecks.$inferInsert) {
    const [row] = await db.insert(coachingCycleChecks).values(values).onConflictDoNothing().returning();
    return row ?? null;
  },

  // ── links ──

  async linkCount(db: Executor, organizationId: string, cycleId: string) {
    const [row] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(coachingCycleLinks)
      .where(inCycle(coachingCycleLinks, organizationId, cycleId));
    return Number(row?.count ?? 0);
  },

  async link(db: Executor, organizationId: string, cycleId: string, linkId: string) {
    if (!isId(linkId)) return null;
    const [row] = await db
      .select()
      .from(coachingCycleLinks)
      .where(and(inCycle(coachingCycleLinks, organizationId, cycleId), eq(coachingCycleLinks.id, linkId)));
    return row ?? null;
  },

  /** The existing link to the same artefact, if any. */
  async linkTo(db: Executor, organizationId: string, cycleId: string, target: LinkTarget) {
    const [row] = await db
      .select()
      .from(coachingCycleLinks)
      .where(and(inCycle(coachingCycleLinks, organizationId, cycleId), targetColumn(target)));
    return row ?? null;
  },

  /** Inserts the link unless one to the same artefact exists (null then). */
  async addLink(db: Executor, values: typeof coachingCycleLinks.$inferInsert) {
    const [row] = await db.insert(coachingCycleLinks).values(values).onConflictDoNothing().returning();
    return row ?? null;
  },

  async removeLink(db: Executor, organizationId: string, cycleId: string, linkId: string) {
    await db
      .delete(coachingCycleLinks)
      .where(and(inCycle(coachingCycleLinks, organizationId, cycleId), eq(coachingCycleLinks.id, linkId)));
  },

  /** A plan's owner and visibility, for linking. */
  async planFacts(db: Executor, organizationId: string, planId: string) {
    if (!isId(planId)) return null;
    const [row] = await db
      .select({ ownerId: lessonPlans.ownerId, visibility: lessonPlans.visibility })
      .from(lessonPlans)
      .where(and(eq(lessonPlans.organizationId, organizationId), eq(lessonPlans.id, planId)));
    return row ?? null;
  },

  async observationFacts(db: Executor, organizationId: string, observationId: string) {
    if (!isId(observationId)) return null;
    const [row] = await db
      .select({
        teacherId: observations.teacherId,
        observerId: observations.observerId,
        status: observations.status,
        kind: observations.kind,
      })
      .from(observations)
      .where(and(eq(observations.organizationId, organizationId), eq(observations.id, observationId)));
    return row ?? null;
  },

  /** A reflection's author and the plan it reflects on (whose visibility it follows). */
  async reflectionFacts(db: Executor, organizationId: string, reflectionId: string) {
    if (!isId(reflectionId)) return null;
    const [row] = await db
      .select({
        authorId: reflections.authorId,
        planOwnerId: lessonPlans.ownerId,
        planVisibility: lessonPlans.visibility,
      })
      .from(reflections)
      .innerJoin(
        lessonPlans,
        and(eq(lessonPlans.organizationId, reflections.organizationId), eq(lessonPlans.id, reflections.planId)),
      )
      .where(and(eq(reflections.organizationId, organizationId), eq(reflections.id, reflectionId)));
    return row ?? null;
  },

  /** Every link with what the timeline shows of its artefact, in one query. */
  async linksWithArtefacts(db: Executor, organizationId: string, cycleId: string) {
    return db
      .select({
        link: coachingCycleLinks,
        plan: {
          title: lessonPlans.title,
          date: lessonPlans.date,
          createdAt: lessonPlans.createdAt,
          ownerId: lessonPlans.ownerId,
          visibility: lessonPlans.visibility,
        },
        observation: {
          kind: observations.kind,
          scheduledAt: observations.scheduledAt,
          teacherId: observations.teacherId,
          observerId: observations.observerId,
        },
        feedback: { actionStepText: observationFeedback.actionStepText, sharedAt: observationFeedback.sharedAt },
        reflection: {
          createdAt: reflections.createdAt,
          authorId: reflections.authorId,
          nextTime: reflections.nextTime,
          planId: reflections.planId,
        },
        reflectedPlan: {
          title: reflectedPlan.title,
          ownerId: reflectedPlan.ownerId,
          visibility: reflectedPlan.visibility,
        },
      })
      .from(coachingCycleLinks)
      .leftJoin(
        lessonPlans,
        and(
          eq(lessonPlans.organizationId, coachingCycleLinks.organizationId),
          eq(lessonPlans.id, coachingCycleLinks.planId),
        ),
      )
      .leftJoin(
        observations,
        and(
          eq(observations.organizationId, coachingCycleLinks.organizationId),
          eq(observations.id, coachingCycleLinks.observationId),
        ),
      )
      .leftJoin(
        observationFeedback,
        and(
          eq(observationFeedback.organizationId, coachingCycleLinks.organizationId),
          eq(observationFeedback.observationId, coachingCycleLinks.observationId),
        ),
      )
      .leftJoin(
        reflections,
        and(
          eq(reflections.organizationId, coachingCycleLinks.organizationId),
          eq(reflections.id, coachingCycleLinks.reflectionId),
        ),
      )
      .leftJoin(
        reflectedPlan,
        and(eq(reflectedPlan.organizationId, reflections.organizationId), eq(reflectedPlan.id, reflections.planId)),
      )
      .where(inCycle(coachingCycleLinks, organizationId, cycleId))
      .orderBy(asc(coachingCycleLinks.createdAt), asc(coachingCycleLinks.id));
  },
};

export type LinkTarget = { kind: 'plan' | 'observation' | 'reflection'; targetId: string };
export type LinkWithArtefact = Awaited<ReturnType<typeof cyclesRepo.linksWithArtefacts>>[number];

function targetColumn(target: LinkTarget) {
  if (target.kind === 'plan') return eq(coachingCycleLinks.planId, target.targetId);
  if (target.kind === 'observation') return eq(coachingCycleLinks.observationId, target.targetId);
  return eq(coachingCycleLinks.reflectionId, target.targetId);
}
