import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Cycle } from '#core/contracts/cycles';
import { calendarDay } from '../../lib/dates';
import { formatValue } from './format';

/** What the cycle is about: goal, measure, baseline, target and strategy. */
export function CycleFacts({ cycle }: { cycle: Cycle }) {
  const { t, i18n } = useTranslation('cycles');
  const value = (v: number) => formatValue(v, cycle.unit, i18n.language);
  return (
    <dl className="cycle-facts" data-testid="cycle-facts">
      <div>
        <dt>{t('fields.goal')}</dt>
        <dd data-testid="cycle-goal">{cycle.goal}</dd>
      </div>
      <div>
        <dt>{t('fields.measure')}</dt>
        <dd>{cycle.measure}</dd>
      </div>
      <div>
        <dt>{t('fields.baseline')}</dt>
        <dd>
          {value(cycle.baselineValue)}
          {cycle.baselineEvidence && (
            <>
              <br />
              <span className="muted">{cycle.baselineEvidence}</span>
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('fields.target')}</dt>
        <dd>
          {t('facts.targetBy', { value: value(cycle.targetValue), date: calendarDay(cycle.targetDate, i18n.language) })}
        </dd>
      </div>
      <div>
        <dt>{t('fields.strategy')}</dt>
        <dd>
          {cycle.strategy.cardId && (
            <Link to={`/library/${encodeURIComponent(cycle.strategy.cardId)}`}>
              {cycle.strategy.cardTitle ?? cycle.strategy.cardId}
            </Link>
          )}
          {cycle.strategy.cardId && cycle.strategy.text && <br />}
          {cycle.strategy.text}
          {!cycle.strategy.cardId && !cycle.strategy.text && <span className="muted">{t('facts.noStrategy')}</span>}
        </dd>
      </div>
      {cycle.outcome && (
        <div>
          <dt>{t('close.outcome')}</dt>
          <dd>{cycle.outcome}</dd>
        </div>
      )}
    </dl>
  );
}
