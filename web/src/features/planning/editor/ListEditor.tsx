import { useTranslation } from 'react-i18next';
import { controlId } from '../evidence';
import { removeFromList } from '../planDraft';
import type { SectionProps } from './types';
import { WhyNote } from './WhyNote';

type ListField = 'objectives' | 'successCriteria' | 'standards' | 'materials';

interface ListEditorProps extends SectionProps {
  field: ListField;
  title: string;
  hint?: string;
  itemLabel: (n: number) => string;
  addLabel: string;
  maxLength: number;
  /** Objectives carry "why" notes; materials do not need them. */
  withWhy?: boolean;
  multiline?: boolean;
}

/** One editable line per item, an "add" button, and remove buttons that keep the "why" notes in step. */
export function ListEditor({
  field,
  title,
  hint,
  itemLabel,
  addLabel,
  maxLength,
  withWhy,
  multiline,
  draft,
  update,
  flagged,
}: ListEditorProps) {
  const { t } = useTranslation('planner');
  const values = draft[field] ?? [];
  const headingId = `${controlId(field)}-heading`;
  const setAt = (index: number, value: string) =>
    update((d) => {
      const next = [...(d[field] ?? [])];
      next[index] = value;
      return { ...d, [field]: next };
    });

  return (
    <section
      className={`plan-section${flagged.has(field) ? ' is-flagged' : ''}`}
      aria-labelledby={headingId}
      id={controlId(field)}
      tabIndex={-1}
    >
      <h3 id={headingId}>{title}</h3>
      {hint && <p className="field-hint">{hint}</p>}
      <ol className="plan-list">
        {values.map((value, index) => {
          const path = `${field}[${index}]`;
          const id = controlId(path);
          const label = itemLabel(index + 1);
          const Control = multiline ? 'textarea' : 'input';
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the list, edited in place
            <li key={index} className={`plan-list-item${flagged.has(path) ? ' is-flagged' : ''}`}>
              <div className="plan-list-row">
                <label htmlFor={id} className="visually-hidden">
                  {label}
                </label>
                <Control
                  id={id}
                  className={multiline ? 'input textarea' : 'input'}
                  value={value}
                  maxLength={maxLength}
                  {...(multiline ? { rows: 2 } : {})}
                  onChange={(event: { target: { value: string } }) => setAt(index, event.target.value)}
                />
                <button
                  type="button"
                  className="btn btn-ghost btn-small"
                  onClick={() => update((d) => removeFromList(d, field, index))}
                  aria-label={t('editor.removeItem', { item: label })}
                >
                  {t('editor.remove')}
                </button>
              </div>
              {withWhy && <WhyNote path={path} item={label} draft={draft} update={update} />}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="btn btn-secondary btn-small"
        onClick={() => update((d) => ({ ...d, [field]: [...(d[field] ?? []), ''] }))}
      >
        {addLabel}
      </button>
    </section>
  );
}
