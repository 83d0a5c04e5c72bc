import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useGrowthFocus } from '../../frameworks/useFrameworks';
import type { SectionProps } from './types';

/** The plan's focus practices: the teacher's growth focus, to tag this lesson with (focus.absent asks when none shows). */
export function FocusPracticesSection({ draft, update, flagged }: SectionProps) {
  const { t } = useTranslation('planner');
  const { t: tf } = useTranslation('frameworks');
  const focus = useGrowthFocus();
  const practices = focus.data?.practices ?? [];
  const tagged = new Set(draft.focusPracticeIds ?? []);
  const toggle = (id: string) =>
    update((d) => {
      const ids = new Set(d.focusPracticeIds ?? []);
      if (ids.has(id)) ids.delete(id);
      else ids.add(id);
      return { ...d, focusPracticeIds: [...ids] };
    });

  return (
    <section
      className={`plan-section${flagged.has('focusPracticeIds') ? ' is-flagged' : ''}`}
      aria-labelledby="plan-focus-heading"
      id="plan-focusPracticeIds"
      tabIndex={-1}
    >
      <h3 id="plan-focus-heading">{t('editor.focusPractices')}</h3>
      {practices.length === 0 ? (
        <p className="field-hint">
          {tf('focus.plannerNone')} <Link to="/growth-focus">{tf('focus.choose')}</Link>
        </p>
      ) : (
        <fieldset>
          <legend className="field-hint">{tf('focus.planner')}</legend>
          {practices.map((practice) => (
            <label key={practice.id} className="choice choice-block">
              <input type="checkbox" checked={tagged.has(practice.id)} onChange={() => toggle(practice.id)} />
              <span>{practice.title}</span>
            </label>
          ))}
          <Link to="/growth-focus">{tf('focus.change')}</Link>
        </fieldset>
      )}
    </section>
  );
}
