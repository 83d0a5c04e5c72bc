import { and, asc, count, desc, eq, inArray, isNull, notExists, sql } from 'drizzle-orm';
import type { PathwayStatus, PathwayText } from '#core/contracts/pathways';
import type { PlannedStep, StepPlan } from '#core/pathways/steps';
import type { Executor } from '../../db/client';
import { users } from '../../db/schema';
import { isId } from '../../platform/ids';
import { pathwayEnrolments, pathwayStepCompletions, pathwaySteps, pathways } from './pathways.table';

export type PathwayRow = typeof pathways.$inferSelect;
export type StepRow = typeof pathwaySteps.$inferSelect;
export type CompletionRow = typeof pathwayStepCompletions.$inferSelect;

const stepValues = (organizationId: string, pathwayId: string, step: PlannedStep) => ({
  organizationId,
  pathwayId,
  position: step.position,
  kind: step.kind,
  cardSlug: step.kind === 'card' ? step.cardId : null,
  title: step.kind === 'task' ? step.title : null,
  instructions: step.kind === 'task' ? step.instructions : null,
});

export const pathwaysRepo = {
  async create(tx: Executor, values: typeof pathways.$inferInsert, steps: PlannedStep[]): Promise<PathwayRow> {
    const [row] = await tx.insert(pathways).values(values).returning();
    if (steps.length > 0)
      await tx.insert(pathwaySteps).values(steps.map((step) => stepValues(values.organizationId, row!.id, step)));
    return row!;
  },

  async pathway(db: Executor, organizationId: string, id: string) {
    if (!isId(id)) return null;
    const [row] = await db
      .select({ pathway: pathways, authorName: users.name })
      .from(pathways)
      .leftJoin(users, eq(users.id, pathways.createdBy))
      .where(and(eq(pathways.organizationId, organizationId), eq(pathways.id, id)));
    return row ?? null;
  },

  /** Every pathway of the district, newest first, each with its number of steps (bounded). */
  async list(db: Executor, organizationId: string) {
    return db
      .select({
        pathway: pathways,
        // Written out: inside a raw subquery the outer column must be qualified by its table.
        stepCount: sql<number>`(select count(*)::int from "pathway_steps" s where s."pathway_id" = "pathways"."id" and s."removed_at" is null)`,
      })
      .from(pathways)
      .where(eq(pathways.organizationId, organizationId))
      .orderBy(desc(pathways.updatedAt), asc(pathways.id))
      .limit(200);
  },

  /** The pathways' current steps in order (removed ones left out). */
  async steps(db: Executor, organizationId: string, pathwayIds: string[]) {
    if (pathwayIds.length === 0) return [];
    return db
      .select()
      .from(pathwaySteps)
      .where(
        and(
          eq(pathwaySteps.organizationId, organizationId),
          inArray(pathwaySteps.pathwayId, pathwayIds),
          isNull(pathwaySteps.removedAt),
        ),
      )
      .orderBy(asc(pathwaySteps.pathwayId), asc(pathwaySteps.position));
  },

  /** Locks a current step of the pathway until the transaction ends; false when it is gone or removed. */
  async lockStep(tx: Executor, organizationId: string, pathwayId: string, stepId: string) {
    const [row] = await tx
      .select({ id: pathwaySteps.id })
      .from(pathwaySteps)
      .where(
        and(
          eq(pathwaySteps.organizationId, organizationId),
          eq(pathwaySteps.pathwayId, pathwayId),
          eq(pathwaySteps.id, stepId),
          isNull(pathwaySteps.removedAt),
        ),
      )
      .for('update');
    return row !== undefined;
  },

  /** The pathways a person is enrolled in. */
  async enrolmentsOf(db: Executor, organizationId: string, userId: string) {
    return db
      .select({ pathwayId: pathwayEnrolments.pathwayId })
      .from(pathwayEnrolments)
      .where(and(eq(pathwayEnrolments.organizationId, organizationId), eq(pathwayEnrolments.userId, userId)));
  },

  async isEnrolled(db: Executor, organizationId: string, pathwayId: string, userId: string) {
    const [row] = await db
      .select({ id: pathwayEnrolments.id })
      .from(pathwayEnrolments)
      .where(
        and(
          eq(pathwayEnrolments.organizationId, organizationId),
          eq(pathwayEnrolments.pathwayId, pathwayId),
          eq(pathwayEnrolments.userId, userId),
        ),
      );
    return row !== undefined;
  },

  /** Enrols people; those already enrolled stay as they were. Answers how many were added. */
  async enrol(db: Executor, organizationId: string, pathwayId: string, userIds: string[], assignedBy: string | null) {
    if (userIds.length === 0) return 0;
    const added = await db
      .insert(pathwayEnrolments)
      .values(userIds.map((userId) => ({ organizationId, pathwayId, userId, assignedBy })))
      .onConflictDoNothing()
      .returning({ id: pathwayEnrolments.id });
    return added.length;
  },

  async leave(db: Executor, organizationId: string, pathwayId: string, userId: string) {
    await db
      .delete(pathwayEnrolments)
      .where(
        and(
          eq(pathwayEnrolments.organizationId, organizationId),
          eq(pathwayEnrolments.pathwayId, pathwayId),
          eq(pathwayEnrolments.userId, userId),
        ),
      );
  },

  /** One person's completions in some pathways. */
  async completionsOf(db: Executor, organizationId: string, userId: string, pathwayIds: string[]) {
    if (pathwayIds.length === 0) return [];
    return db
      .select()
      .from(pathwayStepCompletions)
      .where(
        and(
          eq(pathwayStepCompletions.organizationId, organizationId),
          eq(pathwayStepCompletions.userId, userId),
          inArray(pathwayStepCompletions.pathwayId, pathwayIds),
        ),
      );
  },

  /** Who completed what in one pathway: ids only, never the notes. */
  async completionsIn(db: Executor, organizationId: string, pathwayId: string) {
    return db
      .select({ stepId: pathwayStepCompletions.stepId, userId: pathwayStepCompletions.userId })
      .from(pathwayStepCompletions)
      .where(
        and(eq(pathwayStepCompletions.organizationId, organizationId), eq(pathwayStepCompletions.pathwayId, pathwayId)),
      );
  },

  async enrolled(db: Executor, organizationId: string, pathwayId: string) {
    return db
      .select({ userId: pathwayEnrolments.userId, name: users.name, assignedBy: pathwayEnrolments.assignedBy })
      .from(pathwayEnrolments)
      .innerJoin(users, eq(users.id, pathwayEnrolments.userId))
      .where(and(eq(pathwayEnrolments.organizationId, organizationId), eq(pathwayEnrolments.pathwayId, pathwayId)))
      .orderBy(asc(users.name), asc(users.id));
  },

  async countEnrolled(db: Executor, organizationId: string, pathwayId: string) {
    const [row] = await db
      .select({ n: count() })
      .from(pathwayEnrolments)
      .where(and(eq(pathwayEnrolments.organizationId, organizationId), eq(pathwayEnrolments.pathwayId, pathwayId)));
    return row?.n ?? 0;
  },

  /** Rewrites a pathway and its steps as planned (one transaction, by the caller). */
  async replace(
    tx: Executor,
    organizationId: string,
    id: string,
    values: {
      title: PathwayText;
      description: PathwayText | null;
      audience: PathwayRow['audience'];
      initiativeId: string | null;
    },
    plan: StepPlan,
  ) {
    // Marked removed, never deleted: learners' completions and private notes stay theirs.
    if (plan.remove.length > 0)
      await tx
        .update(pathwaySteps)
        .set({ removedAt: new Date() })
        .where(
          and(
            eq(pathwaySteps.organizationId, organizationId),
            eq(pathwaySteps.pathwayId, id),
            inArray(pathwaySteps.id, plan.remove),
          ),
        );
    for (const step of plan.keep) {
      const { organizationId: _o, pathwayId: _p, ...set } = stepValues(organizationId, id, step);
      await tx
        .update(pathwaySteps)
        .set(set)
        .where(and(eq(pathwaySteps.organizationId, organizationId), eq(pathwaySteps.id, step.id)));
    }
    if (plan.insert.length > 0)
      await tx.insert(pathwaySteps).values(plan.insert.map((step) => stepValues(organizationId, id, step)));
    await tx
      .update(pathways)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(pathways.organizationId, organizationId), eq(pathways.id, id)));
  },

  async setStatus(db: Executor, organizationId: string, id: string, status: PathwayStatus) {
    await db
      .update(pathways)
      .set({ status, updatedAt: new Date() })
      .where(and(eq(pathways.organizationId, organizationId), eq(pathways.id, id)));
  },

  /** Marks a step done (again: the note and plan are replaced). */
  async complete(db: Executor, values: typeof pathwayStepCompletions.$inferInsert) {
    await db
      .insert(pathwayStepCompletions)
      .values(values)
      .onConflictDoUpdate({
        target: [pathwayStepCompletions.stepId, pathwayStepCompletions.userId],
        set: { note: values.note ?? null, planId: values.planId ?? null, completedAt: new Date() },
      });
  },

  async uncomplete(db: Executor, organizationId: string, stepId: string, userId: string) {
    await db
      .delete(pathwayStepCompletions)
      .where(
        and(
          eq(pathwayStepCompletions.organizationId, organizationId),
          eq(pathwayStepCompletions.stepId, stepId),
          eq(pathwayStepCompletions.userId, userId),
        ),
      );
  },

  /** Published pathways a person is not enrolled in, with their card steps (recommendation candidates). */
  async publishedNotEnrolled(db: Executor, organizationId: string, userId: string) {
    const rows = await db
      .select({ id: pathways.id, title: pathways.title, description: pathways.description })
      .from(pathways)
      .where(
        and(
          eq(pathways.organizationId, organizationId),
          eq(pathways.status, 'published'),
          notExists(
            db
              .select({ one: sql`1` })
              .from(pathwayEnrolments)
              .where(and(eq(pathwayEnrolments.pathwayId, pathways.id), eq(pathwayEnrolments.userId, userId))),
          ),
        ),
      )
      .orderBy(asc(pathways.id))
      .limit(200);
    const steps = await pathwaysRepo.steps(
      db,
      organizationId,
      rows.map((row) => row.id),
    );
    return rows.map((row) => ({
      ...row,
      cardSlugs: steps.flatMap((step) => (step.pathwayId === row.id && step.cardSlug ? [step.cardSlug] : [])),
    }));
  },
};
