import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Badge } from '../../components/Badge';
import { EmptyState } from '../../components/EmptyState';
import { QueryState } from '../../components/QueryState';
import { useFormatDate } from '../../lib/format';
import { resourceHref } from '../library/StrategyCardDialog';
import { WhatToTry } from '../recommendations/WhatToTry';
import { FollowUpDue } from './ObservationBadges';
import { useActionSteps } from './useObservations';

const PROGRESS_TONE = { done: 'success', progressing: 'info', 'not-yet': 'warning' } as const;

/** Action steps from shared feedback, newest first, with how each went at its follow-up. */
export function ActionStepList({ teacherId, headingLevel = 3 }: { teacherId?: string; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('observations');
  const { date } = useFormatDate();
  const steps = useActionSteps(teacherId);
  const items = steps.data?.items ?? [];
  const H = `h${headingLevel}` as const;

  return (
    <QueryState
      query={steps}
      isEmpty={items.length === 0}
      empty={<EmptyState title={t('steps.empty')}>{t('steps.emptyHint')}</EmptyState>}
    >
      <ul className="plain-list stack" data-testid="action-steps">
        {items.map((step) => (
          <li key={step.observationId} className="note">
            <H>{step.text}</H>
            <p className="note-text">{step.howToPractise}</p>
            <p className="visit-facts small">
              <span>{t('steps.from', { name: step.observer.name, date: date(step.visitedAt) })}</span>
              {step.progress ? (
                <Badge tone={PROGRESS_TONE[step.progress]}>{t(`progress.${step.progress}`)}</Badge>
              ) : (
                <FollowUpDue due={step.followUpDue} overdue={step.followUpOverdue} />
              )}
            </p>
            <p className="button-row">
              <Link to={`/observations/${step.observationId}`}>{t('steps.openVisit')}</Link>
              {step.resourceId && <Link to={resourceHref(step.resourceId)}>{t('steps.openCard')}</Link>}
            </p>
            {/* The teacher's own open steps: cards for this step, with why. */}
            {teacherId === undefined && step.progress !== 'done' && (
              <WhatToTry context={{ surface: 'feedback', actionStepId: step.observationId }} />
            )}
          </li>
        ))}
      </ul>
    </QueryState>
  );
}
