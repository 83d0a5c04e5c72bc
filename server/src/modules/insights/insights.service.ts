import type { LessonPlanInput } from '#core/contracts/lesson-plans';
import type { AnalyzeReflectionBody } from '#core/contracts/reflections';
import { analyzePlan } from '#core/insights/index';
import { analyzeReflection } from '#core/reflection/index';
import type { Actor } from '../../platform/actor';
import type { createClassesService } from '../classes';
import type { FocusPractices } from '../frameworks';
import type { CarryForward } from '../reflections';

type Deps = {
  classes: Pick<ReturnType<typeof createClassesService>, 'get'>;
  carryForward: CarryForward;
  focusPractices: FocusPractices;
};

/**
 * Analysis without saving: the same pure engines the browser runs while a teacher types, for
 * clients that cannot run them (integrations, other apps). Nothing is stored.
 */
export function createInsightsService({ classes, carryForward, focusPractices }: Deps) {
  return {
    async analyzeLessonPlan(actor: Actor, plan: LessonPlanInput) {
      // A class named for carry-forward must be one the caller may see, like everywhere else.
      const named = plan.classId ? await classes.get(actor, plan.classId) : null;
      const locale = plan.locale ?? actor.locale;
      const [previousNextTime, focus] = await Promise.all([
        named ? carryForward(actor.organizationId, named.ownerId, named.id, undefined, plan.date) : null,
        // The caller's own growth focus: this is their plan, not yet saved.
        focusPractices(actor.organizationId, actor.userId, locale),
      ]);
      return analyzePlan({ ...plan, locale }, { previousNextTime, focusPractices: focus });
    },

    /** Any signed-in person may analyze their own words; the body names the language. */
    analyzeReflection(_actor: Actor, body: AnalyzeReflectionBody) {
      const { locale, ...input } = body;
      return analyzeReflection(input, locale);
    },
  };
}
