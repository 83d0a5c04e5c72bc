import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../lib/format';
import { FollowUpDue, KindBadge, StatusBadge } from './ObservationBadges';
import type { PracticeIndex } from './practiceIndex';
import type { Observation } from './types';

/** What a visit is at a glance: kind, status, when and how long, the follow-up date, the focus. */
export function VisitFacts({ observation, index }: { observation: Observation; index: PracticeIndex }) {
  const { t } = useTranslation('observations');
  const { dateTime } = useFormatDate();
  const focus = observation.focusPracticeIds.map((id) => index.label(id) ?? t('visit.unknownPractice'));
  return (
    <div className="stack" data-testid="visit-facts">
      <p className="visit-facts">
        <KindBadge kind={observation.kind} />
        <StatusBadge status={observation.status} />
        <span>
          {t('visit.when', { date: dateTime(observation.scheduledAt), minutes: observation.durationMinutes })}
        </span>
        {observation.status !== 'cancelled' && observation.status !== 'followed-up' && (
          <FollowUpDue due={observation.followUpDue} overdue={observation.followUpOverdue} />
        )}
      </p>
      {focus.length > 0 && (
        <p>
          <strong>{t('visit.focus')}</strong> {focus.join(' · ')}
        </p>
      )}
      {observation.note && (
        <p>
          <strong>{t('visit.note')}</strong> {observation.note}
        </p>
      )}
    </div>
  );
}
