import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pulse } from '#core/contracts/impact';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { hasRole } from '../identity/roles';
import { useMe } from '../identity/useMe';
import { unansweredItems } from './formChecks';
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
  // Set on a send with items left: each unanswered item says so, and the first one takes focus.
  const [checked, setChecked] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const missing = unansweredItems(pulse.items, values);
  const missingIds = new Set(missing.map((item) => item.id));
  const showMissing = checked && missing.length > 0;
  return (
    <Card title={t('pulse.title', { name: pulse.initiativeName })} testId="pulse-prompt">
      <p className="field-hint">{t('pulse.hint')}</p>
      <form
        className="stack"
        ref={form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setChecked(true);
          // Every item before sending: a partial answer would be stored, and the rest refused (409).
          if (missing.length > 0) {
            form.current?.querySelector<HTMLInputElement>(`input[name="${pulse.id}-${missing[0]!.id}"]`)?.focus();
            return;
          }
          const answers = Object.entries(values).map(([itemId, value]) => ({ itemId, value }));
          answer.mutate({ answers: answers as { itemId: Pulse['items'][number]['id']; value: number }[] });
        }}
      >
        {answer.isError && <ErrorAlert error={answer.error} />}
        {showMissing && (
          <p className="field-error" role="alert">
            {t('pulse.answerAll', { count: missing.length, total: pulse.items.length })}
          </p>
        )}
        {pulse.items.map((item) => (
          <fieldset
            key={item.id}
            className="impact-likert"
            aria-describedby={showMissing && missingIds.has(item.id) ? `${pulse.id}-${item.id}-error` : undefined}
          >
            <legend>{item.text}</legend>
            {showMissing && missingIds.has(item.id) && (
              <p id={`${pulse.id}-${item.id}-error`} className="field-error">
                {t('pulse.chooseOne')}
              </p>
            )}
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className="impact-check">
                <input
                  type="radio"
                  name={`${pulse.id}-${item.id}`}
                  aria-invalid={showMissing && missingIds.has(item.id) ? true : undefined}
                  checked={values[item.id] === n}
                  onChange={() => setValues((v) => ({ ...v, [item.id]: n }))}
                />{' '}
                {t(`pulse.scale.${n}`)}
              </label>
            ))}
          </fieldset>
        ))}
        <div className="button-row">
          <Button type="submit" busy={answer.isPending}>
            {t('pulse.send')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
