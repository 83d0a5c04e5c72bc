import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CycleSummary } from '#core/contracts/cycles';
import { Badge } from '../../components/Badge';
import { calendarDay } from '../../lib/dates';
import { formatValue } from './format';

/** Cycles as cards: who, the goal, the stage and the latest data point against the target. */
export function CycleList({ cycles, show }: { cycles: CycleSummary[]; show: 'teacher' | 'coach' }) {
  const { t, i18n } = useTranslation('cycles');
  return (
    <ul className="cycle-list">
      {cycles.map((cycle) => {
        const value = (v: number) => formatValue(v, cycle.unit, i18n.language);
        const person = show === 'teacher' ? cycle.teacher.name : cycle.coach.name;
        return (
          <li key={cycle.id} className="cycle-list-item">
            <Link to={`/cycles/${cycle.id}`}>
              <strong>
                {show === 'teacher' ? t('list.with', { name: person }) : t('list.coachedBy', { name: person })}
              </strong>
            </Link>{' '}
            <Badge tone={cycle.closedAt ? 'neutral' : 'info'}>{t(`stage.${cycle.stage}`)}</Badge>
            <p className="cycle-event-text">{cycle.goal}</p>
            <p className="muted small">
              {cycle.latestValue === null
                ? t('list.noChecks', { baseline: value(cycle.baselineValue) })
                : t('list.latest', { latest: value(cycle.latestValue) })}{' '}
              ·{' '}
              {t('facts.targetBy', {
                value: value(cycle.targetValue),
                date: calendarDay(cycle.targetDate, i18n.language),
              })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
