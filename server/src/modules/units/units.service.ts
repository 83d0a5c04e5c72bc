import type { z } from 'zod';
import type { CreateLessonPlanBody, LessonPlan } from '#core/contracts/planning';
import type { CreateUnitBody, PlanFromUnitBody, UnitInput, UnitListQuery, UpdateUnitBody } from '#core/contracts/units';
import { UNIT_LIMITS as LIMITS } from '#core/contracts/units';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { authorize, found } from '../../platform/authz';
import { conflict, unprocessable } from '../../platform/http/problem';
import { decodeCursor, toPage } from '../../platform/pagination';
import { unitsPolicy as policy } from './units.policy';
import { presentUnit } from './units.presenter';
import { unitsRepo as repo, type UnitRow } from './units.repo';

/** Planning's "create a plan", injected in api.ts: the plan is the teacher's, under planning's rules. */
export type CreatePlan = (actor: Actor, body: z.infer<typeof CreateLessonPlanBody>) => Promise<LessonPlan>;

type Deps = { db: Db; createPlan: CreatePlan };

export function createUnitsService({ db, createPlan }: Deps) {
  /** The unit, for a member of its team; 404 for anyone else. */
  async function readable(actor: Actor, unitId: string): Promise<UnitRow> {
    const unit = await repo.findUnit(db, actor.organizationId, unitId);
    const member = unit !== null && (await repo.isTeamMember(db, actor.organizationId, unit.teamId, actor.userId));
    authorize(unit !== null && policy.canUseTeamContent({ member }), 'hide');
    return unit;
  }

  const values = (body: z.infer<typeof UnitInput> | UnitRow) => ({
    title: body.title,
    standards: body.standards,
    bigIdeas: body.bigIdeas,
    assessments: body.assessments,
    sequence: body.sequence,
    curriculumSource: body.curriculumSource || null,
  });

  /** A step's plan is set by planning from the unit; a save may keep or drop those links, never add others. */
  function assertKnownPlans(body: { sequence: { planId: string | null }[] }, current: UnitRow | null) {
    const known = new Set((current?.sequence ?? []).map((s) => s.planId).filter(Boolean));
    const errors = body.sequence.flatMap((step, i) =>
      step.planId && !known.has(step.planId)
        ? [{ path: `sequence.${i}.planId`, message: 'Not a plan of this unit.' }]
        : [],
    );
    if (errors.length > 0) throw unprocessable('Link plans made from this unit only.', errors);
  }

  return {
    readable,

    async create(actor: Actor, body: z.infer<typeof CreateUnitBody>) {
      const member = await repo.isTeamMember(db, actor.organizationId, body.teamId, actor.userId);
      if (!policy.canUseTeamContent({ member }))
        throw unprocessable('Make units for a team you belong to.', [
          { path: 'teamId', message: 'Not one of your teams.' },
        ]);
      assertKnownPlans(body, null);
      const row = await repo.createUnit(db, {
        organizationId: actor.organizationId,
        teamId: body.teamId,
        createdBy: actor.userId,
        ...values(body),
      });
      return presentUnit(found(await repo.findUnit(db, actor.organizationId, row.id)));
    },

    async list(actor: Actor, query: z.infer<typeof UnitListQuery>) {
      const after = decodeCursor(query.cursor, ['text', 'id']);
      const rows = await repo.listUnits(db, actor.organizationId, actor.userId, query.teamId, query.limit, after);
      return toPage(rows, query.limit, (r) => [r.title, r.id], presentUnit);
    },

    get: async (actor: Actor, unitId: string) => presentUnit(await readable(actor, unitId)),

    async update(actor: Actor, unitId: string, body: z.infer<typeof UpdateUnitBody>) {
      const unit = await readable(actor, unitId);
      assertKnownPlans(body, unit);
      const saved = await repo.saveUnitIfVersion(db, actor.organizationId, unitId, body.version, values(body));
      if (!saved) {
        const current = found(await repo.findUnit(db, actor.organizationId, unitId));
        throw conflict('This unit was saved elsewhere since you opened it. Compare both versions and choose.', {
          currentVersion: current.version,
        });
      }
      return presentUnit({ ...saved, teamName: unit.teamName });
    },

    /**
     * "Plan a lesson from the unit": a plan of the caller's, shared with the team and prefilled with
     * the unit's standards and the step's title, linked into that step of the sequence.
     */
    async planFromUnit(actor: Actor, unitId: string, body: z.infer<typeof PlanFromUnitBody>) {
      const unit = await readable(actor, unitId);
      authorize(policy.canPlanFromUnit(actor));
      const step = body.sequenceIndex === undefined ? undefined : unit.sequence[body.sequenceIndex];
      if (body.sequenceIndex !== undefined && !step)
        throw unprocessable('Pick a step of the unit sequence.', [
          { path: 'sequenceIndex', message: 'There is no such step.' },
        ]);
      if (step?.planId) throw conflict('This step already has a plan.');
      if (!step && unit.sequence.length >= LIMITS.sequence)
        throw unprocessable('The unit sequence is full.', [{ path: 'sequenceIndex', message: 'Pick a step.' }]);
      const title = step?.title ?? unit.title;
      const plan = await createPlan(actor, {
        title: step ? `${unit.title}: ${step.title}`.slice(0, 200) : title,
        date: body.date ?? null,
        objectives: [],
        segments: [],
        standards: unit.standards.slice(0, 30),
        visibility: 'team',
      });
      // Linking the plan is a small edit of its own; retried on the latest version if someone saved meanwhile.
      for (let attempt = 0; attempt < 3; attempt++) {
        const current = found(await repo.findUnit(db, actor.organizationId, unitId));
        const sequence = [...current.sequence];
        const index = body.sequenceIndex ?? -1;
        if (index >= 0 && sequence[index] && !sequence[index]!.planId)
          sequence[index] = { ...sequence[index]!, planId: plan.id };
        else sequence.push({ title, planId: plan.id });
        const saved = await repo.saveUnitIfVersion(db, actor.organizationId, unitId, current.version, {
          ...values(current),
          sequence,
        });
        if (saved) return { unit: presentUnit({ ...saved, teamName: current.teamName }), planId: plan.id };
      }
      throw conflict('The unit is being edited by others right now. The plan was made: link it from the unit.');
    },
  };
}
export type UnitsService = ReturnType<typeof createUnitsService>;
