import { useTranslation } from 'react-i18next';
import { PLAN_LIMITS } from '#core/contracts/lesson-plans';
import { controlId } from '../evidence';
import { removeFromList } from '../planDraft';
import type { SectionProps } from './types';

/** Scaffolds, accommodations and extensions, each with whom it is for. */
export function SupportsEditor({ draft, update, flagged }: SectionProps) {
  const { t } = useTranslation('planner');
  const supports = draft.supports ?? [];
  const setAt = (index: number, change: Partial<(typeof supports)[number]>) =>
    update((d) => ({ ...d, supports: (d.supports ?? []).map((s, i) => (i === index ? { ...s, ...change } : s)) }));
  return (
    <section
      className={`plan-section${flagged.has('supports') ? ' is-flagged' : ''}`}
      aria-labelledby="plan-supports-heading"
      id={controlId('supports')}
      tabIndex={-1}
    >
      <h3 id="plan-supports-heading">{t('editor.supports')}</h3>
      <p className="field-hint">{t('editor.supportsHint')}</p>
      <ol className="plan-list">
        {supports.map((support, index) => {
          const path = `supports[${index}]`;
          const label = t('editor.supportDescription', { n: index + 1 });
          const flaggedRow = flagged.has(path) || flagged.has(`${path}.description`);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the list, edited in place
            <li key={index} className={`plan-list-item support-row${flaggedRow ? ' is-flagged' : ''}`}>
              <div className="field">
                <label htmlFor={controlId(`${path}.for`)} className="field-label">
                  {t('editor.supportFor')}
                </label>
                <input
                  id={controlId(`${path}.for`)}
                  className="input"
                  value={support.for ?? ''}
                  maxLength={PLAN_LIMITS.shortText}
                  onChange={(e) => setAt(index, { for: e.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={controlId(`${path}.description`)} className="field-label">
                  {label}
                </label>
                <textarea
                  id={controlId(`${path}.description`)}
                  className="input textarea"
                  rows={2}
                  value={support.description}
                  maxLength={PLAN_LIMITS.text}
                  onChange={(e) => setAt(index, { description: e.target.value })}
                />
              </div>
              <button
                type="button"
                className="btn btn-ghost btn-small"
                onClick={() => update((d) => removeFromList(d, 'supports', index))}
                aria-label={t('editor.removeItem', { item: label })}
              >
                {t('editor.remove')}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="btn btn-secondary btn-small"
        onClick={() => update((d) => ({ ...d, supports: [...(d.supports ?? []), { for: '', description: '' }] }))}
      >
        {t('editor.addSupport')}
      </button>
    </section>
  );
}
