import type { z } from 'zod';
import type { CreateLessonPlanBody, LessonPlanListQuery, UpdateLessonPlanBody } from '#core/contracts/planning';
import { analyzePlan, isRuleId } from '#core/insights/index';
import type { Db } from '../../db/client';
import { type Actor, hasRole } from '../../platform/actor';
import { authorize, found } from '../../platform/authz';
import { conflict, HttpProblem, notFound, unprocessable } from '../../platform/http/problem';
import { decodeCursor, toPage } from '../../platform/pagination';
import type { createClassesService } from '../classes';
import type { FocusPractices } from '../frameworks';
import type { ObserverOfPlan } from '../observations';
import type { CarryForward } from '../reflections';
import { mayReadPlan } from './plan-reader';
import { planningPolicy as policy } from './planning.policy';
import { presentDismissal, presentPlan, presentVersion } from './planning.presenter';
import { type PlanRow, type PlanValues, planningRepo as repo } from './planning.repo';

type Deps = {
  db: Db;
  classes: Pick<ReturnType<typeof createClassesService>, 'get'>;
  carryForward: CarryForward;
  /** The owner's growth focus for `focus.absent`; callers that never ask for insights (the demo seed) may omit it. */
  focusPractices?: FocusPractices;
  /** Whether someone observes a visit the plan is attached to; omitted where no one observes (the demo seed). */
  observerOfPlan?: ObserverOfPlan;
};

const noFocus: FocusPractices = async () => [];
const noObserver: ObserverOfPlan = async () => false;
type Body = z.infer<typeof CreateLessonPlanBody>;

/** Splits what the teacher wrote into the plan's columns and its jsonb content. */
function toValues(body: Body, actor: Actor): PlanValues {
  // `version` (on PUT) is for the concurrency check, not part of what is stored.
  const {
    classId,
    title,
    date,
    locale,
    visibility,
    status,
    version: _version,
    ...content
  } = body as Body & { version?: number };
  return {
    classId: classId ?? null,
    title,
    date: date ?? null,
    locale: locale ?? actor.locale,
    visibility,
    ...(status ? { status } : {}),
    content,
  };
}

export function createPlanningService({
  db,
  classes,
  carryForward,
  focusPractices = noFocus,
  observerOfPlan = noObserver,
}: Deps) {
  const canRead = (actor: Actor, plan: PlanRow) => mayReadPlan(db, actor.organizationId, actor.userId, plan);

  /** A plan the actor may read, or 404 — a private plan is "not found" to everyone but its owner. */
  async function readable(actor: Actor, planId: string) {
    const plan = await repo.findPrepared(db, actor.organizationId, planId);
    authorize(plan !== null && (await canRead(actor, plan)), 'hide');
    return plan;
  }

  async function assertOwnClass(actor: Actor, classId: string | null | undefined) {
    if (!classId) return;
    // Only "not found" means "not yours"; any other failure must surface as itself, not as a 422.
    const owned = await classes.get(actor, classId).catch((error: unknown) => {
      if (error instanceof HttpProblem && error.status === 404) return null;
      throw error;
    });
    if (owned?.ownerId !== actor.userId) {
      throw unprocessable('Plan for one of your own classes.', [
        { path: 'classId', message: 'Not one of your classes.' },
      ]);
    }
  }

  return {
    async create(actor: Actor, body: Body) {
      authorize(policy.canCreate(actor));
      await assertOwnClass(actor, body.classId);
      const row = await repo.create(db, {
        organizationId: actor.organizationId,
        ownerId: actor.userId,
        ...toValues(body, actor),
      });
      return presentPlan(row);
    },

    async list(actor: Actor, query: z.infer<typeof LessonPlanListQuery>) {
      const rows = await repo.list(
        db,
        actor.organizationId,
        actor.userId,
        query,
        query.limit,
        decodeCursor(query.cursor, ['text', 'id']),
      );
      return toPage(rows, query.limit, (r) => [r.date ?? '', r.id], presentPlan);
    },

    /**
     * The plan, for its readers — and for the observer of a visit the teacher attached it to (the
     * plan only: its reflections, versions and insights stay with the plan's own readers). Never
     * for a school leader or district admin, who read no plan they do not own (API.md).
     */
    async get(actor: Actor, planId: string) {
      const plan = await repo.findPrepared(db, actor.organizationId, planId);
      const attached = async (row: PlanRow) =>
        !hasRole(actor, 'school_leader', 'district_admin') &&
        (await observerOfPlan(actor.organizationId, actor.userId, row.id));
      authorize(plan !== null && ((await canRead(actor, plan)) || (await attached(plan))), 'hide');
      return presentPlan(plan);
    },

    /**
     * A private copy for the caller of a plan they may read (a teammate's shared plan): their own
     * to change, with no class or date yet, and a note of where it came from.
     */
    async copy(actor: Actor, planId: string) {
      const source = await readable(actor, planId);
      authorize(policy.canCreate(actor));
      const row = await repo.create(db, {
        organizationId: actor.organizationId,
        ownerId: actor.userId,
        classId: source.ownerId === actor.userId ? source.classId : null,
        title: source.title,
        date: null,
        locale: source.locale,
        visibility: 'private',
        content: source.content,
        copiedFromId: source.id,
      });
      return presentPlan(row);
    },

    /** For modules that hang things on a plan (reflections): the plan if the actor may read it, else 404. */
    readablePlan: async (actor: Actor, planId: string) => presentPlan(await readable(actor, planId)),

    async update(actor: Actor, planId: string, body: z.infer<typeof UpdateLessonPlanBody>) {
      // Authorization first: someone who may not edit this plan learns nothing about its class.
      const plan = await readable(actor, planId);
      authorize(policy.canEdit(actor, plan));
      // Keeping the plan's class needs no check (most saves); moving it to another class does.
      if (body.classId !== plan.classId) await assertOwnClass(actor, body.classId);
      const values = toValues(body, actor);
      const saved = await repo.saveIfVersion(db, actor.organizationId, planId, body.version, values);
      if (!saved) {
        const current = found(await repo.findPrepared(db, actor.organizationId, planId));
        throw conflict('This plan was saved elsewhere since you opened it. Compare both versions and choose.', {
          currentVersion: current.version,
        });
      }
      // The replaced row was exactly `plan` (any change bumps the version), so the saved row is
      // `plan` with what this save wrote.
      return presentPlan({ ...plan, ...values, ...saved });
    },

    async versions(actor: Actor, planId: string) {
      const plan = await readable(actor, planId);
      const rows = await repo.versions(db, actor.organizationId, planId);
      return { items: rows.map((row) => presentVersion(row, plan.ownerId)), nextCursor: null };
    },

    async insights(actor: Actor, planId: string) {
      const plan = presentPlan(await readable(actor, planId));
      const [dismissed, previousNextTime, focus] = await Promise.all([
        repo.dismissals(db, actor.organizationId, planId),
        // The latest "next time" for this class from an earlier lesson — this plan's own reflections look ahead, not back.
        plan.classId ? carryForward(actor.organizationId, plan.ownerId, plan.classId, plan.id, plan.date) : null,
        // The owner's growth focus, whoever reads the plan: the question is the teacher's.
        focusPractices(actor.organizationId, plan.ownerId, plan.locale ?? actor.locale),
      ]);
      return {
        ...analyzePlan(plan, {
          dismissedRuleIds: dismissed.map((d) => d.ruleId),
          previousNextTime,
          // The title rides along (unused by the engine today), exactly as the browser gets it in `context`.
          focusPractices: focus,
        }),
        context: { previousNextTime, dismissals: dismissed.map(presentDismissal), focusPractices: focus },
      };
    },

    async dismiss(actor: Actor, planId: string, ruleId: string, reason: string) {
      const plan = await readable(actor, planId);
      authorize(policy.canEdit(actor, plan));
      if (!isRuleId(ruleId)) throw notFound('There is no insight rule with that id.');
      const row = await repo.dismiss(db, {
        organizationId: actor.organizationId,
        planId,
        ruleId,
        userId: actor.userId,
        reason,
      });
      return presentDismissal(row);
    },
  };
}
