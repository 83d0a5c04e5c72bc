import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Spinner } from '../../components/Spinner';
import { RecommendationItems } from './RecommendationItems';
import { useRecommendations } from './useRecommendations';

type Context = { surface: 'planner'; planId: string; ruleId: string } | { surface: 'feedback'; actionStepId: string };

/**
 * "Why and what to try": a disclosure next to an insight or an action step. The cards for that
 * insight or step load when the teacher opens it, each with its reasons.
 */
export function WhatToTry({ context }: { context: Context }) {
  const { t } = useTranslation('recommendations');
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const recommendations = useRecommendations({ ...context, limit: 3 }, open);

  return (
    <div className="what-to-try">
      <button
        type="button"
        className="btn btn-ghost btn-small"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen((value) => !value)}
      >
        {t('whatToTry.toggle')}
      </button>
      <div id={regionId} hidden={!open}>
        {open &&
          (recommendations.isPending ? (
            <Spinner />
          ) : recommendations.isError ? (
            <ErrorAlert error={recommendations.error} onRetry={() => void recommendations.refetch()} />
          ) : recommendations.data.items.length === 0 ? (
            <p className="muted small">{t('whatToTry.none')}</p>
          ) : (
            <RecommendationItems items={recommendations.data.items} surface={context.surface} headingLevel={4} />
          ))}
      </div>
    </div>
  );
}
