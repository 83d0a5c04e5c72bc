import { useTranslation } from 'react-i18next';
import { type Cycle, OPEN_CYCLE_STAGES } from '#core/contracts/cycles';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useUpdateCycle } from './useCycles';

/** The coach moves the cycle on (or back a step when the plan changes); closing has its own form. */
export function StageControls({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation('cycles');
  const update = useUpdateCycle(cycle.id);
  const index = OPEN_CYCLE_STAGES.indexOf(cycle.stage as (typeof OPEN_CYCLE_STAGES)[number]);
  const next = OPEN_CYCLE_STAGES[index + 1];
  const previous = index > 0 ? OPEN_CYCLE_STAGES[index - 1] : undefined;
  return (
    <div className="stack">
      {update.error ? <ErrorAlert error={update.error} /> : null}
      <div className="button-row">
        {next && (
          <Button busy={update.isPending} onClick={() => update.mutate({ stage: next })}>
            {t('stage.moveTo', { stage: t(`stage.${next}`) })}
          </Button>
        )}
        {previous && (
          <Button variant="secondary" disabled={update.isPending} onClick={() => update.mutate({ stage: previous })}>
            {t('stage.backTo', { stage: t(`stage.${previous}`) })}
          </Button>
        )}
      </div>
    </div>
  );
}
