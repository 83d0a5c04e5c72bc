import { and, eq, gt, inArray } from 'drizzle-orm';
import { planTermsFor } from '#core/frameworks/index';
import { type SourceFact, type SourceReader, touchedWeeks, weekOf, withinTouched } from '#core/impact/index';
import { analyzePlan, RULE_IDS } from '#core/insights/index';
import type { Db } from '../../db/client';
import { classes } from '../../db/schema';
import type { PracticeTerms } from '../frameworks';
import { presentPlan } from './planning.presenter';
import { lessonPlans } from './planning.table';

/** Every rule but `focus.absent` is switched off: here it only says which practices a plan shows. */
const ONLY_FOCUS = RULE_IDS.filter((id) => id !== 'focus.absent');
const OWNERS_PER_READ = 200;

/**
 * Impact's level-4 facts (injected): for each plan and each practice some active initiative
 * targets, 1 when the plan's text shows the practice (its plan terms, matched as the planner's
 * focus.absent rule matches them), else 0 — so a dashboard reads the share of plans showing its
 * practices. In the week the plan was created (stable when the plan is edited). `targets` says
 * which practices matter now; impact resets this source's watermark when they change.
 */
export const planPracticeFactsFrom =
  (db: Db, practiceTerms: PracticeTerms, targets: (organizationId: string) => Promise<string[]>): SourceReader =>
  async (organizationId, since) => {
    const practiceIds = await targets(organizationId);
    if (practiceIds.length === 0) return { touched: [], facts: [] };
    const changed = await db
      .select({ personId: lessonPlans.ownerId, at: lessonPlans.createdAt })
      .from(lessonPlans)
      .where(and(eq(lessonPlans.organizationId, organizationId), since ? gt(lessonPlans.updatedAt, since) : undefined));
    const touched = touchedWeeks(changed);
    if (touched.length === 0) return { touched, facts: [] };
    const practices = await practiceTerms(organizationId, practiceIds);
    const facts: SourceFact[] = [];
    const owners = [...new Set(touched.map((t) => t.personId))];
    // Plans are whole documents: a first refresh of a large district reads them a few hundred
    // teachers at a time, so memory holds one batch of plans, not the district's year.
    for (let i = 0; i < owners.length; i += OWNERS_PER_READ) {
      const rows = await db
        .select({ plan: lessonPlans, schoolId: classes.schoolId, subject: classes.subject })
        .from(lessonPlans)
        .leftJoin(classes, eq(classes.id, lessonPlans.classId))
        .where(
          and(
            eq(lessonPlans.organizationId, organizationId),
            inArray(lessonPlans.ownerId, owners.slice(i, i + OWNERS_PER_READ)),
          ),
        );
      for (const { plan, schoolId, subject } of rows) {
        const focus = practices
          .map((p) => ({ id: p.id, title: p.title, lookForTerms: planTermsFor(p, plan.locale) }))
          .filter((p) => p.lookForTerms.length > 0);
        if (focus.length === 0) continue;
        const draft = presentPlan(plan);
        for (const practice of focus) {
          // One practice at a time: the rule then answers exactly "is this one absent?".
          const { insights } = analyzePlan(draft, { dismissedRuleIds: ONLY_FOCUS, focusPractices: [practice] });
          facts.push({
            metric: 'l4.plans-with-practice',
            personId: plan.ownerId,
            week: weekOf(plan.createdAt),
            value: insights.length === 0 ? 1 : 0,
            practiceId: practice.id,
            schoolId,
            subject,
          });
        }
      }
    }
    return { touched, facts: withinTouched(facts, touched) };
  };
