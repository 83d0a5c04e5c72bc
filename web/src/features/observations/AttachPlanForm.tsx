import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/QueryState';
import { useClasses } from '../classes/useClasses';
import { useFormatDay } from './ObservationBadges';
import { addDays, localDay } from './schedule';
import type { Observation } from './types';
import { useAttachPlan, usePlansAround } from './useObservations';

/** Days either side of the visit whose plans are offered (a visit moved by a day still finds its lesson). */
const AROUND = 3;

/**
 * The observed teacher shares one of their own lesson plans with the visit, so the observer
 * sees the objective, success criteria and sequence beside the notes.
 */
export function AttachPlanForm({ observation }: { observation: Observation }) {
  const { t } = useTranslation('observations');
  const day = localDay(observation.scheduledAt);
  const plans = usePlansAround(addDays(day, -AROUND), addDays(day, AROUND));
  const classes = useClasses('mine');
  const attach = useAttachPlan(observation.id);
  const [chosen, setChosen] = useState(observation.planId ?? '');
  const formatDay = useFormatDay();
  const className = (id: string | null | undefined) => classes.items.find((c) => c.id === id)?.name;
  // The visit's day first, then the nearest ones.
  const items = [...(plans.data?.items ?? [])].sort(
    (a, b) =>
      Math.abs(Date.parse(a.date ?? day) - Date.parse(day)) - Math.abs(Date.parse(b.date ?? day) - Date.parse(day)),
  );

  return (
    <form
      id="attach-plan"
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen) attach.mutate(chosen);
      }}
    >
      <QueryState
        query={plans}
        isEmpty={items.length === 0}
        empty={<EmptyState title={t('attach.none')}>{t('attach.noneHint')}</EmptyState>}
      >
        <fieldset className="fieldset">
          <legend>{t('attach.choose')}</legend>
          {items.map((plan) => (
            <label key={plan.id} className="choice choice-block">
              <input
                type="radio"
                name="planId"
                value={plan.id}
                checked={chosen === plan.id}
                onChange={() => setChosen(plan.id)}
              />
              <span>
                <strong>{plan.title}</strong>
                <span className="field-hint">
                  {[plan.date ? formatDay(plan.date) : null, className(plan.classId)].filter(Boolean).join(' · ')}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        {attach.isError && <ErrorAlert error={attach.error} />}
        {attach.isSuccess && (
          <Alert tone="success">{attach.data.planId ? t('attach.done') : t('attach.removed')}</Alert>
        )}
        <div className="button-row">
          <Button type="submit" busy={attach.isPending} disabled={!chosen || chosen === observation.planId}>
            {t('attach.submit')}
          </Button>
          {observation.planId && (
            <Button
              variant="ghost"
              busy={attach.isPending}
              onClick={() => {
                setChosen('');
                attach.mutate(null);
              }}
            >
              {t('attach.remove')}
            </Button>
          )}
        </div>
      </QueryState>
    </form>
  );
}
