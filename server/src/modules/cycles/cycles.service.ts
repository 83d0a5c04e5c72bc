import type { z } from 'zod';
import {
  type CloseCycleBody,
  CYCLE_LIMITS,
  type CycleLinkBody,
  type CycleListQuery,
  type CycleUnit,
  type PracticeSessionBody,
  type ProgressCheckBody,
  type StartCycleBody,
  type UpdateCycleBody,
} from '#core/contracts/cycles';
import type { Locale } from '#core/domain/roles';
import type { Db, Tx } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize, found } from '../../platform/authz';
import { conflict, unprocessable } from '../../platform/http/problem';
import { decodeCursor, toPage } from '../../platform/pagination';
import type { PlanReader } from '../planning';
import { cyclesPolicy as policy } from './cycles.policy';
import {
  buildTimeline,
  presentCheck,
  presentCycle,
  presentLink,
  presentSession,
  presentSummary,
} from './cycles.presenter';
import { type CycleRow, type LinkWithArtefact, cyclesRepo as repo } from './cycles.repo';

type Deps = { db: Db; planReader: PlanReader };
type FieldError = { path: string; message: string };

const closed = () => conflict('This coaching cycle is closed.');
const PERCENT_MESSAGE = 'A percent is between 0 and 100.';

/** Percent values above 100 are a typo, not a goal. */
function percentErrors(unit: CycleUnit, values: Record<string, number | undefined>): FieldError[] {
  if (unit !== 'percent') return [];
  return Object.entries(values).flatMap(([path, value]) =>
    value !== undefined && value > 100 ? [{ path, message: PERCENT_MESSAGE }] : [],
  );
}

export function createCyclesService({ db, planReader }: Deps) {
  /** The cycle if the actor is its coach or its teacher; everyone else (leaders and admins too) gets 404. */
  async function readable(actor: Actor, id: string) {
    const row = await repo.find(db, actor.organizationId, id);
    authorize(row !== null && policy.canRead(actor, row), 'hide');
    return row;
  }

  /** Re-reads the cycle under a lock inside a write: whether it is closed decides what the write may do. */
  async function lockedOpen(tx: Tx, actor: Actor, id: string) {
    const row = found(await repo.lock(tx, actor.organizationId, id));
    if (row.closedAt) throw closed();
    return row;
  }

  async function strategyErrors(actor: Actor, cardId: string | null | undefined): Promise<FieldError[]> {
    if (!cardId) return [];
    return (await repo.cardExists(db, actor.organizationId, cardId))
      ? []
      : [{ path: 'strategyCardId', message: 'Not a strategy card of your library.' }];
  }

  /**
   * What the coach may read of the teacher's plans and reflections decides what the cycle shows to
   * both: asked once per visibility (the owner is always the cycle's teacher).
   */
  function coachView(cycle: CycleRow) {
    const answers = new Map<string, Promise<boolean>>();
    let leaderOrAdmin: Promise<boolean> | null = null;
    return {
      readsPlan(plan: { ownerId: string; visibility: 'private' | 'team' | 'coach' }) {
        const key = `${plan.ownerId}:${plan.visibility}`;
        if (!answers.has(key)) answers.set(key, planReader(cycle.organizationId, cycle.coachId, plan));
        return answers.get(key)!;
      },
      isLeaderOrAdmin() {
        leaderOrAdmin ??= repo.isLeaderOrAdmin(db, cycle.organizationId, cycle.coachId);
        return leaderOrAdmin;
      },
    };
  }

  /** The cycle's links whose artefacts both people may see (sequential: a few links, a few small queries). */
  async function visibleLinks(cycle: CycleRow): Promise<LinkWithArtefact[]> {
    const rows = await repo.linksWithArtefacts(db, cycle.organizationId, cycle.id);
    const view = coachView(cycle);
    const shown: LinkWithArtefact[] = [];
    for (const row of rows) {
      const facts = await artefactFacts(row, view);
      if (facts && policy.showsArtefact(cycle, row.link.kind, facts)) shown.push(row);
    }
    return shown;
  }

  async function artefactFacts(row: LinkWithArtefact, view: ReturnType<typeof coachView>) {
    const { link, plan, observation, reflection, reflectedPlan } = row;
    if (link.kind === 'plan' && plan)
      return { ownerId: plan.ownerId, coachReadsPlan: await view.readsPlan(plan), coachIsLeaderOrAdmin: false };
    if (link.kind === 'observation' && observation)
      return {
        ownerId: observation.teacherId,
        observerId: observation.observerId,
        coachReadsPlan: false,
        coachIsLeaderOrAdmin: false,
      };
    if (link.kind === 'reflection' && reflection && reflectedPlan)
      return {
        ownerId: reflection.authorId,
        coachReadsPlan: reflectedPlan.ownerId === reflection.authorId && (await view.readsPlan(reflectedPlan)),
        coachIsLeaderOrAdmin: await view.isLeaderOrAdmin(),
      };
    return null;
  }

  /** `locale`: the request's (API.md), for the strategy card's title. */
  async function present(actor: Actor, id: string, locale: Locale = actor.locale) {
    const summary = found(await repo.withNames(db, actor.organizationId, id));
    const cycle = summary.cycle;
    const cardTitle = cycle.strategyCardId
      ? await repo.cardTitle(db, actor.organizationId, cycle.strategyCardId, locale)
      : null;
    const sessions = await repo.sessions(db, actor.organizationId, id);
    const checks = await repo.checks(db, actor.organizationId, id);
    const links = (await visibleLinks(cycle)).map((row) => row.link);
    return presentCycle(summary, { cardTitle, sessions, checks, links });
  }

  /** Whether the artefact may be linked: the teacher's, and visible to the coach (so to both). */
  async function linkErrors(actor: Actor, cycle: CycleRow, body: z.infer<typeof CycleLinkBody>) {
    const view = coachView(cycle);
    const isTeacher = policy.isTeacher(actor, cycle);
    if (body.kind === 'plan') {
      const plan = await repo.planFacts(db, actor.organizationId, body.targetId);
      const shown =
        plan !== null &&
        policy.showsArtefact(cycle, 'plan', {
          ownerId: plan.ownerId,
          coachReadsPlan: await view.readsPlan(plan),
          coachIsLeaderOrAdmin: false,
        });
      if (shown) return null;
      // The teacher knows their own plans exist, so saying it is not shared reveals nothing.
      return isTeacher && plan?.ownerId === actor.userId
        ? 'Share this plan with your coach first, so you both can see it.'
        : 'Link a lesson plan of this teacher that is shared with their coach.';
    }
    if (body.kind === 'observation') {
      const visit = await repo.observationFacts(db, actor.organizationId, body.targetId);
      const ok =
        visit !== null &&
        visit.status !== 'cancelled' &&
        // Evaluation never enters a coaching view (PEDAGOGY.md §4).
        visit.kind !== 'evaluative' &&
        policy.showsArtefact(cycle, 'observation', {
          ownerId: visit.teacherId,
          observerId: visit.observerId,
          coachReadsPlan: false,
          coachIsLeaderOrAdmin: false,
        });
      return ok ? null : 'Link an observation of this teacher by this cycle’s coach.';
    }
    const reflection = await repo.reflectionFacts(db, actor.organizationId, body.targetId);
    if (reflection === null || reflection.authorId !== cycle.teacherId)
      return 'Link a reflection of this teacher that their coach can read.';
    const plan = { ownerId: reflection.planOwnerId, visibility: reflection.planVisibility };
    const ok = policy.showsArtefact(cycle, 'reflection', {
      ownerId: reflection.authorId,
      coachReadsPlan: plan.ownerId === reflection.authorId && (await view.readsPlan(plan)),
      coachIsLeaderOrAdmin: await view.isLeaderOrAdmin(),
    });
    if (ok) return null;
    return isTeacher
      ? 'Your coach cannot read this reflection: share its lesson plan with your coach first.'
      : 'Link a reflection of this teacher that their coach can read.';
  }

  return {
    async start(actor: Actor, body: z.infer<typeof StartCycleBody>, locale?: Locale) {
      authorize(policy.mayStart(actor));
      const schools = policy.startSchools(actor);

      const errors: FieldError[] = [];
      const teacherSchools =
        body.teacherId === actor.userId ? null : await repo.teacherSchools(db, actor.organizationId, body.teacherId);
      if (body.teacherId === actor.userId) {
        errors.push({ path: 'teacherId', message: 'You cannot coach yourself in a cycle.' });
      } else if (teacherSchools === null) {
        errors.push({ path: 'teacherId', message: 'Not a teacher in your organization.' });
      } else if (!teacherSchools.some((id) => schools.includes(id))) {
        errors.push({ path: 'teacherId', message: 'Not a teacher at your schools.' });
      }
      errors.push(...percentErrors(body.unit, { baselineValue: body.baselineValue, targetValue: body.targetValue }));
      errors.push(...(await strategyErrors(actor, body.strategyCardId)));
      if (errors.length > 0) throw unprocessable('Some details of this coaching cycle need attention.', errors);

      const existing = await repo.openCycleOf(db, actor.organizationId, actor.userId, body.teacherId);
      const openOne = () =>
        conflict('You already have an open coaching cycle with this teacher. Close it before starting another.', {
          cycleId: existing,
        });
      if (existing) throw openOne();
      const row = await repo.create(db, {
        organizationId: actor.organizationId,
        coachId: actor.userId,
        teacherId: body.teacherId,
        goal: body.goal,
        measure: body.measure,
        unit: body.unit,
        baselineValue: body.baselineValue,
        baselineEvidence: body.baselineEvidence ?? null,
        targetValue: body.targetValue,
        targetDate: body.targetDate,
        strategyCardId: body.strategyCardId ?? null,
        strategyText: body.strategyText ?? null,
      });
      // Another request opened one between the check and the insert: the unique index kept it to one.
      if (row === null)
        throw conflict('You already have an open coaching cycle with this teacher. Close it before starting another.');
      return present(actor, row.id, locale);
    },

    async list(actor: Actor, query: z.infer<typeof CycleListQuery>) {
      const after = decodeCursor(query.cursor, ['timestamp', 'id']);
      const rows = await repo.list(
        db,
        actor.organizationId,
        actor.userId,
        { role: query.role, status: query.status, teacherId: query.teacherId },
        query.limit,
        after,
      );
      return toPage(rows, query.limit, (r) => [r.cycle.createdAt.toISOString(), r.cycle.id], presentSummary);
    },

    async get(actor: Actor, id: string, locale?: Locale) {
      await readable(actor, id);
      return present(actor, id, locale);
    },

    async update(actor: Actor, id: string, body: z.infer<typeof UpdateCycleBody>, locale?: Locale) {
      const cycle = await readable(actor, id);
      const fields = Object.keys(body).filter((key) => body[key as keyof typeof body] !== undefined);
      authorize(policy.mayEdit(actor, cycle, fields));
      if (fields.length === 0) return present(actor, id, locale);
      if (cycle.closedAt && policy.changesClosedRecord(fields)) throw closed();
      const errors = await strategyErrors(actor, body.strategyCardId);
      if (errors.length > 0) throw unprocessable('Some details of this coaching cycle need attention.', errors);

      await db.transaction(async (tx) => {
        const row = found(await repo.lock(tx, actor.organizationId, id));
        if (row.closedAt && policy.changesClosedRecord(fields)) throw closed();
        const unit = body.unit ?? row.unit;
        const valueErrors = percentErrors(unit, {
          baselineValue: body.baselineValue ?? row.baselineValue,
          targetValue: body.targetValue ?? row.targetValue,
        });
        if (valueErrors.length > 0)
          throw unprocessable('Some details of this coaching cycle need attention.', valueErrors);
        const { teacherReflection, ...coachFields } = body;
        await repo.update(tx, actor.organizationId, id, {
          ...Object.fromEntries(Object.entries(coachFields).filter(([, v]) => v !== undefined)),
          ...(teacherReflection !== undefined
            ? { teacherReflection, reflectedAt: teacherReflection === null ? null : new Date() }
            : {}),
        });
      });
      return present(actor, id, locale);
    },

    /** Logs a session, or answers the stored one when its client id was seen before (`created: false`). */
    async addSession(actor: Actor, id: string, body: z.infer<typeof PracticeSessionBody>) {
      const cycle = await readable(actor, id);
      authorize(policy.canLogSession(actor, cycle));
      return db.transaction(async (tx) => {
        await lockedOpen(tx, actor, id);
        if (body.clientId) {
          const seen = await repo.sessionByClientId(tx, actor.organizationId, id, body.clientId);
          if (seen) return { created: false, session: presentSession(seen) };
        }
        if ((await repo.sessionCount(tx, actor.organizationId, id)) >= CYCLE_LIMITS.sessionsPerCycle)
          throw unprocessable('A coaching cycle holds at most 200 practice sessions.');
        const row = found(
          await repo.addSession(tx, {
            organizationId: actor.organizationId,
            cycleId: id,
            clientId: body.clientId ?? null,
            date: body.date,
            kind: body.kind,
            notes: body.notes ?? null,
            createdBy: actor.userId,
          }),
        );
        await repo.update(tx, actor.organizationId, id, {});
        return { created: true, session: presentSession(row) };
      });
    },

    /** Records a data point (coach or teacher); a resent client id answers the stored one. */
    async addCheck(actor: Actor, id: string, body: z.infer<typeof ProgressCheckBody>) {
      const cycle = await readable(actor, id);
      authorize(policy.canAddCheck(actor, cycle));
      return db.transaction(async (tx) => {
        const row = await lockedOpen(tx, actor, id);
        if (body.clientId) {
          const seen = await repo.checkByClientId(tx, actor.organizationId, id, body.clientId);
          if (seen) return { created: false, check: presentCheck(seen) };
        }
        const errors = percentErrors(row.unit, { value: body.value });
        if (errors.length > 0) throw unprocessable('Some details of this progress check need attention.', errors);
        if ((await repo.checkCount(tx, actor.organizationId, id)) >= CYCLE_LIMITS.checksPerCycle)
          throw unprocessable('A coaching cycle holds at most 200 progress checks.');
        const check = found(
          await repo.addCheck(tx, {
            organizationId: actor.organizationId,
            cycleId: id,
            clientId: body.clientId ?? null,
            date: body.date,
            value: body.value,
            note: body.note ?? null,
            createdBy: actor.userId,
          }),
        );
        await repo.update(tx, actor.organizationId, id, {});
        return { created: true, check: presentCheck(check) };
      });
    },

    /** Links a plan, observation or reflection; linking the same one again answers the existing link. */
    async addLink(actor: Actor, id: string, body: z.infer<typeof CycleLinkBody>) {
      const cycle = await readable(actor, id);
      authorize(policy.canLink(actor, cycle));
      if (cycle.closedAt) throw closed();
      const problem = await linkErrors(actor, cycle, body);
      if (problem) throw unprocessable(problem, [{ path: 'targetId', message: problem }]);
      return db.transaction(async (tx) => {
        await lockedOpen(tx, actor, id);
        const existing = await repo.linkTo(tx, actor.organizationId, id, body);
        if (existing) return { created: false, link: presentLink(existing) };
        if ((await repo.linkCount(tx, actor.organizationId, id)) >= CYCLE_LIMITS.linksPerCycle)
          throw unprocessable('A coaching cycle holds at most 100 links.');
        const link = found(
          await repo.addLink(tx, {
            organizationId: actor.organizationId,
            cycleId: id,
            kind: body.kind,
            planId: body.kind === 'plan' ? body.targetId : null,
            observationId: body.kind === 'observation' ? body.targetId : null,
            reflectionId: body.kind === 'reflection' ? body.targetId : null,
            createdBy: actor.userId,
          }),
        );
        await repo.update(tx, actor.organizationId, id, {});
        return { created: true, link: presentLink(link) };
      });
    },

    async removeLink(actor: Actor, id: string, linkId: string) {
      const cycle = await readable(actor, id);
      const link = found(await repo.link(db, actor.organizationId, id, linkId));
      authorize(policy.canUnlink(actor, cycle, link));
      await db.transaction(async (tx) => {
        await lockedOpen(tx, actor, id);
        await repo.removeLink(tx, actor.organizationId, id, linkId);
        await repo.update(tx, actor.organizationId, id, {});
      });
    },

    async close(actor: Actor, id: string, body: z.infer<typeof CloseCycleBody>, locale?: Locale) {
      const cycle = await readable(actor, id);
      authorize(policy.canClose(actor, cycle));
      await db.transaction(async (tx) => {
        await lockedOpen(tx, actor, id);
        await repo.update(tx, actor.organizationId, id, {
          stage: 'closed',
          outcome: body.outcome,
          closedAt: new Date(),
        });
      });
      return present(actor, id, locale);
    },

    async timeline(actor: Actor, id: string) {
      const cycle = await readable(actor, id);
      const sessions = await repo.sessions(db, actor.organizationId, id);
      const checks = await repo.checks(db, actor.organizationId, id);
      const links = await visibleLinks(cycle);
      return { items: buildTimeline(cycle, { sessions, checks, links }) };
    },
  };
}

export type CyclesService = ReturnType<typeof createCyclesService>;
