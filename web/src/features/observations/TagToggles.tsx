import { useTranslation } from 'react-i18next';
import type { PracticeIndex } from './practiceIndex';

export interface Tags {
  practiceIds: string[];
  lookForIds: string[];
}

const toggle = (ids: string[], id: string) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]);

/**
 * Quick toggles that tag the next note: the visit's focus practices and their look-fors first,
 * every other practice of the framework one tap further (inside "More practices").
 */
export function TagToggles({
  index,
  focusPracticeIds,
  value,
  onChange,
}: {
  index: PracticeIndex;
  focusPracticeIds: string[];
  value: Tags;
  onChange: (tags: Tags) => void;
}) {
  const { t } = useTranslation('observations');
  const focus = focusPracticeIds.map((id) => index.practice(id)).filter((p) => p !== undefined);
  const others = index.practices.filter((p) => !focusPracticeIds.includes(p.id));
  const practiceButton = (id: string, label: string) => (
    <button
      key={id}
      type="button"
      className="tag-toggle"
      aria-pressed={value.practiceIds.includes(id)}
      onClick={() => onChange({ ...value, practiceIds: toggle(value.practiceIds, id) })}
    >
      {label}
    </button>
  );

  return (
    <div data-testid="tag-toggles">
      {focus.map((practice) => (
        <fieldset key={practice.id} className="tag-toggles">
          <legend>{t('capture.tagsFor', { practice: `${practice.code} ${practice.title}` })}</legend>
          {practiceButton(practice.id, t('capture.tagPractice', { code: practice.code }))}
          {practice.lookFors.map((lookFor) => (
            <button
              key={lookFor.id}
              type="button"
              className="tag-toggle"
              aria-pressed={value.lookForIds.includes(lookFor.id)}
              onClick={() => onChange({ ...value, lookForIds: toggle(value.lookForIds, lookFor.id) })}
            >
              {lookFor.text}
            </button>
          ))}
        </fieldset>
      ))}
      {others.length > 0 && (
        <details>
          <summary className="small">{t('capture.morePractices')}</summary>
          <fieldset className="tag-toggles">
            <legend className="visually-hidden">{t('capture.morePractices')}</legend>
            {others.map((practice) => practiceButton(practice.id, `${practice.code} ${practice.title}`))}
          </fieldset>
        </details>
      )}
    </div>
  );
}
