import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionProps } from './types';

/** A "why" note on one decision, stored in `rationale` under the decision's path. */
export function WhyNote({ path, item, draft, update }: { path: string; item: string } & Omit<SectionProps, 'flagged'>) {
  const { t } = useTranslation('planner');
  const note = draft.rationale?.[path] ?? '';
  const [open, setOpen] = useState(note !== '');
  const id = useId();
  const set = (value: string) => update((d) => ({ ...d, rationale: { ...d.rationale, [path]: value } }));

  if (!open) {
    return (
      <button
        type="button"
        className="btn btn-ghost btn-small why-toggle"
        onClick={() => setOpen(true)}
        aria-label={`${t('editor.addWhy')}: ${item}`}
      >
        {t('editor.addWhy')}
      </button>
    );
  }
  return (
    <div className="field why-note">
      <label htmlFor={id} className="field-label">
        {t('editor.whyFor', { item })}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {t('editor.whyHint')}
      </p>
      <textarea
        id={id}
        className="input textarea"
        rows={2}
        value={note}
        maxLength={4000}
        aria-describedby={`${id}-hint`}
        // biome-ignore lint/a11y/noAutofocus: the teacher just asked for this note
        autoFocus={note === ''}
        onChange={(event) => set(event.target.value)}
      />
    </div>
  );
}
