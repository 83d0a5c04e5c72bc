import type { ReflectionInput } from '#core/contracts/reflections';
import { analyzeReflection } from '#core/reflection/index';
import type { Db } from '../../db/client';
import { type Actor, hasRole } from '../../platform/actor';
import { authorize } from '../../platform/authz';
import type { createPlanningService } from '../planning';
import { presentReflection } from './reflections.presenter';
import { reflectionsRepo as repo } from './reflections.repo';

type Deps = { db: Db; planning: Pick<ReturnType<typeof createPlanningService>, 'readablePlan'> };

export function createReflectionsService({ db, planning }: Deps) {
  return {
    /** Only the plan's owner reflects on it; the analysis is stored with the words. */
    async create(actor: Actor, planId: string, input: ReflectionInput) {
      const plan = await planning.readablePlan(actor, planId);
      authorize(plan.ownerId === actor.userId);
      const analysis = analyzeReflection(input, plan.locale ?? actor.locale);
      const row = await repo.create(db, {
        organizationId: actor.organizationId,
        planId,
        classId: plan.classId ?? null,
        authorId: actor.userId,
        whatHappened: input.whatHappened ?? null,
        studentEvidence: input.studentEvidence ?? null,
        whyAndAlternatives: input.whyAndAlternatives ?? null,
        nextTime: input.nextTime ?? null,
        level: analysis.level,
        label: analysis.label,
        indicators: analysis.indicators,
        nudge: analysis.nudge,
        rulesetVersion: analysis.rulesetVersion,
      });
      return presentReflection(row);
    },

    /** Reflections follow the plan's visibility, and are never shown to leaders (API.md, PRODUCT.md principle 2). */
    async list(actor: Actor, planId: string) {
      const plan = await planning.readablePlan(actor, planId);
      const isOwner = plan.ownerId === actor.userId;
      authorize(isOwner || !hasRole(actor, 'school_leader', 'district_admin'), 'hide');
      const rows = await repo.listForPlan(db, actor.organizationId, planId);
      return { items: rows.map(presentReflection), nextCursor: null };
    },
  };
}
