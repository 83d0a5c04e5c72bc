import { useMemo } from 'react';
import type { StoredPlanInsights } from '#core/contracts/planning';
import { analyzePlan } from '#core/insights/index';
import { useDebounced } from '../../lib/useDebounced';
import type { PlanDraft } from './planDraft';

/**
 * The plan's insights as the teacher types, computed here by the same `core/insights` code the
 * server runs, with what the server told us it takes into account (carried-forward note, dismissals).
 */
export function useLiveInsights(
  draft: PlanDraft | null,
  context: StoredPlanInsights['context'] | undefined,
  extraDismissed: readonly string[] = [],
) {
  const settled = useDebounced(draft, 300);
  return useMemo(() => {
    if (!settled) return null;
    const dismissedRuleIds = [...(context?.dismissals.map((d) => d.ruleId) ?? []), ...extraDismissed];
    return analyzePlan(settled, {
      previousNextTime: context?.previousNextTime ?? null,
      dismissedRuleIds,
      focusPractices: context?.focusPractices ?? [],
    });
  }, [settled, context, extraDismissed]);
}
