import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Insight, InsightKind } from '#core/contracts/lesson-plans';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { StrategyCardDialog } from '../../library/StrategyCardDialog';
import { useCardTitles } from '../../library/useCardTitles';
import type { PlanDraft } from '../planDraft';
import { InsightItem } from './InsightItem';

interface InsightsPanelProps {
  insights: readonly Insight[];
  rulesetVersion: string;
  draft: PlanDraft;
  /** The caller's own saved plan: its insights then offer "Why and what to try". */
  planId?: string;
  onDismiss?: (ruleId: string, reason: string) => Promise<unknown>;
  dismissError?: unknown;
}

const GROUPS: readonly { kind: InsightKind; label: 'questions' | 'suggestions' | 'strengths' }[] = [
  { kind: 'question', label: 'questions' },
  { kind: 'suggestion', label: 'suggestions' },
  { kind: 'strength', label: 'strengths' },
];

/** The plan's insights beside the editor: questions first, then suggestions, then what is strong. */
export function InsightsPanel({
  insights,
  rulesetVersion,
  draft,
  planId,
  onDismiss,
  dismissError,
}: InsightsPanelProps) {
  const { t } = useTranslation('planner');
  const [cardId, setCardId] = useState<string | null>(null);
  const locale = draft.locale === 'es' ? 'es' : 'en';
  const cardTitles = useCardTitles(locale);
  const asks = insights.filter((insight) => insight.kind !== 'strength').length;

  return (
    <aside className="insights-panel" aria-labelledby="insights-heading" data-testid="insights-panel">
      <h2 id="insights-heading">{t('insights.title')}</h2>
      <p className="muted small">{t('insights.intro')}</p>
      <p className="visually-hidden" aria-live="polite">
        {t('week.insightsCount', { count: asks })}
      </p>
      {dismissError ? <ErrorAlert error={dismissError} /> : null}
      {insights.length === 0 && <p>{t('insights.none')}</p>}
      {GROUPS.map(({ kind, label }) => {
        const group = insights.filter((insight) => insight.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`insights-${kind}`} className="insight-group">
            <h3 id={`insights-${kind}`}>
              {t(`insights.${label}`)} <span className="muted">({group.length})</span>
            </h3>
            <ul className="plain-list insight-list">
              {group.map((insight) => (
                <InsightItem
                  key={`${insight.ruleId}:${insight.evidence[0]?.field ?? ''}`}
                  insight={insight}
                  draft={draft}
                  cardTitles={cardTitles}
                  onOpenCard={setCardId}
                  {...(planId ? { planId } : {})}
                  {...(onDismiss ? { onDismiss: (reason: string) => onDismiss(insight.ruleId, reason) } : {})}
                />
              ))}
            </ul>
          </section>
        );
      })}
      <p className="muted small">{t('insights.ruleset', { version: rulesetVersion })}</p>
      <StrategyCardDialog resourceId={cardId} locale={locale} onClose={() => setCardId(null)} />
    </aside>
  );
}
