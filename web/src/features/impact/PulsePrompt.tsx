import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pulse } from '#core/contracts/impact';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { hasRole } from '../identity/roles';
import { useMe } from '../identity/useMe';
import { useAnswerPulse, useOpenPulses } from './useImpact';
import './impact.css';

/** On a teacher's Home: the open pulse surveys of initiatives that include them, answered once. */
export function PulsePrompt() {
  const asked = hasRole(useMe().data, 'teacher', 'coach');
  const pulses = useOpenPulses(asked);
  const open = (pulses.data?.items ?? []).filter((p) => !p.answered);
  if (!asked || open.length === 0) return null;
  return (
    <>
      {open.map((pulse) => (
        <PulseForm key={pulse.id} pulse={pulse} />
      ))}
    </>
  );
}

function PulseForm({ pulse }: { pulse: Pulse }) {
  const { t } = useTranslation('impact');
  const answer = useAnswerPulse(pulse.id);
  const [values, setValues] = useState<Record<string, number>>({});
  return (
    <Card title={t('pulse.title', { name: pulse.initiativeName })} testId="pulse-prompt">
      <p className="field-hint">{t('pulse.hint')}</p>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          const answers = Object.entries(values).map(([itemId, value]) => ({ itemId, value }));
          answer.mutate({ answers: answers as { itemId: Pulse['items'][number]['id']; value: number }[] });
        }}
      >
        {answer.isError && <ErrorAlert error={answer.error} />}
        {pulse.items.map((item) => (
          <fieldset key={item.id} className="impact-likert">
            <legend>{item.text}</legend>
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className="impact-check">
                <input
                  type="radio"
                  name={`${pulse.id}-${item.id}`}
                  checked={values[item.id] === n}
                  onChange={() => setValues((v) => ({ ...v, [item.id]: n }))}
                />{' '}
                {t(`pulse.scale.${n}`)}
              </label>
            ))}
          </fieldset>
        ))}
        <div className="button-row">
          <Button type="submit" busy={answer.isPending} disabled={Object.keys(values).length === 0}>
            {t('pulse.send')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
