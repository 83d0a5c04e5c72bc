import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '#core/contracts/frameworks';
import { describedBy } from '../../components/Field';

/**
 * The walk's one focus: a practice of the school's framework first (grouped by domain), then one
 * of its look-fors — what a visitor can see or hear in a few minutes in any room.
 */
export function LookForPicker({
  framework,
  practiceId,
  lookForId,
  onPractice,
  onLookFor,
  error,
}: {
  framework: Framework;
  practiceId: string;
  lookForId: string;
  onPractice: (id: string) => void;
  onLookFor: (id: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation('walks');
  const selectId = useId();
  const practice = framework.domains.flatMap((d) => d.practices).find((p) => p.id === practiceId);

  return (
    <div className="stack">
      <div className="field">
        <label htmlFor={selectId} className="field-label">
          {t('start.practice')}
        </label>
        <p id={`${selectId}-hint`} className="field-hint">
          {t('start.practiceHint', { framework: framework.title })}
        </p>
        <select
          id={selectId}
          className="input select"
          value={practiceId}
          onChange={(e) => onPractice(e.target.value)}
          aria-describedby={describedBy(selectId, true)}
        >
          <option value="">{t('start.choosePractice')}</option>
          {framework.domains.map((domain) => (
            <optgroup key={domain.id} label={domain.title}>
              {domain.practices.map((p) => (
                <option key={p.id} value={p.id} data-practice-code={p.code}>
                  {p.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      {practice && (
        <fieldset className="fieldset" aria-describedby={error ? 'look-for-error' : undefined}>
          <legend className="field-label">{t('start.lookFor')}</legend>
          {practice.lookFors.length === 0 && <p className="muted">{t('start.noLookFors')}</p>}
          {practice.lookFors.map((lookFor) => (
            <label key={lookFor.id} className="choice choice-block">
              <input
                type="radio"
                name="lookForId"
                value={lookFor.id}
                checked={lookForId === lookFor.id}
                onChange={() => onLookFor(lookFor.id)}
                aria-invalid={error ? true : undefined}
                data-look-for-code={lookFor.code}
              />
              <span>{lookFor.text}</span>
            </label>
          ))}
          {error && (
            <p id="look-for-error" className="field-error">
              {error}
            </p>
          )}
        </fieldset>
      )}
      {!practice && error && <p className="field-error">{error}</p>}
    </div>
  );
}
