import type { Locale } from '#core/domain/roles';
import { analyzePlan, isRuleId, RULE_RESOURCES } from '#core/insights/index';
import type { Db } from '../../db/client';
import type { FocusPractices } from '../frameworks';
import { presentPlan } from './planning.presenter';
import { planningRepo as repo } from './planning.repo';

export type RecentPlanInsight = { planId: string; ruleId: string; date: string | null; cardIds: readonly string[] };

/**
 * The questions and suggestions on an owner's latest plans that were not dismissed, newest plan
 * first (strengths are left out: nothing to recommend for them). A constant number of queries:
 * the plans, their dismissals, and the growth focus once per language the plans are written in.
 * The carry-forward rule needs each class's previous reflection, so it stays quiet here.
 */
export type RecentPlanInsights = (
  organizationId: string,
  ownerId: string,
  limit: number,
) => Promise<RecentPlanInsight[]>;

export const recentPlanInsightsFrom =
  (db: Db, focusPractices: FocusPractices): RecentPlanInsights =>
  async (organizationId, ownerId, limit) => {
    const plans = await repo.recentOfOwner(db, organizationId, ownerId, limit);
    const locales = [...new Set(plans.map((plan) => plan.locale))] as Locale[];
    const [dismissals, ...focus] = await Promise.all([
      repo.dismissalsOf(
        db,
        organizationId,
        plans.map((plan) => plan.id),
      ),
      ...locales.map((locale) => focusPractices(organizationId, ownerId, locale)),
    ]);
    const focusByLocale = new Map(locales.map((locale, i) => [locale, focus[i]!]));
    return plans.flatMap((row) => {
      const dismissedRuleIds = dismissals.filter((d) => d.planId === row.id).map((d) => d.ruleId);
      const { insights } = analyzePlan(presentPlan(row), {
        dismissedRuleIds,
        focusPractices: focusByLocale.get(row.locale) ?? [],
      });
      return insights.flatMap(({ kind, ruleId }) =>
        kind !== 'strength' && isRuleId(ruleId)
          ? [{ planId: row.id, ruleId, date: row.date, cardIds: RULE_RESOURCES[ruleId] }]
          : [],
      );
    });
  };

/** Which of these plan ids are the person's own, with title and date (trials link only to one's own plans). */
export type OwnPlans = (
  organizationId: string,
  ownerId: string,
  planIds: string[],
) => Promise<{ id: string; title: string; date: string | null }[]>;

export const ownPlansFrom =
  (db: Db): OwnPlans =>
  (organizationId, ownerId, planIds) =>
    repo.ownedAmong(db, organizationId, ownerId, planIds);
