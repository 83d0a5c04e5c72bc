import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/Badge';
import { formatDay } from '../../lib/dates';
import type { ObservationKind, ObservationStatus } from './types';

const STATUS_TONE: Record<ObservationStatus, 'neutral' | 'info' | 'success' | 'warning'> = {
  scheduled: 'info',
  observed: 'warning',
  'feedback-shared': 'success',
  'followed-up': 'success',
  cancelled: 'neutral',
};

export function KindBadge({ kind }: { kind: ObservationKind }) {
  const { t } = useTranslation('observations');
  // Evaluative visits stand out wherever they are listed (PEDAGOGY.md §4: labelled everywhere).
  return <Badge tone={kind === 'evaluative' ? 'warning' : 'neutral'}>{t(`kind.${kind}`)}</Badge>;
}

export function StatusBadge({ status }: { status: ObservationStatus }) {
  const { t } = useTranslation('observations');
  return <Badge tone={STATUS_TONE[status]}>{t(`status.${status}`)}</Badge>;
}

/** A plain day ("YYYY-MM-DD") in the reader's language. */
export function useFormatDay() {
  const { i18n } = useTranslation();
  return (day: string) => formatDay(day, i18n.language, { dateStyle: 'medium' });
}

/** "Follow-up by 24 Mar 2026", with "overdue" said in words, not colour alone. */
export function FollowUpDue({ due, overdue }: { due: string; overdue: boolean }) {
  const { t } = useTranslation('observations');
  const day = useFormatDay();
  return (
    <span className={overdue ? 'is-overdue' : undefined} data-testid="follow-up-due" data-due={due}>
      {t('followUp.dueOn', { date: day(due) })}
      {overdue && (
        <>
          {' '}
          <Badge tone="danger">{t('followUp.overdue')}</Badge>
        </>
      )}
    </span>
  );
}
