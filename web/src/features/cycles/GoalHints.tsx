import { useTranslation } from 'react-i18next';
import { checkGoal, GOAL_HINT_TEXT, GOAL_READY_TEXT } from '#core/cycles/index';
import type { Locale } from '#core/domain/roles';
import { useDebounced } from '../../lib/useDebounced';

const INGREDIENTS = [
  { key: 'namesStudents', label: 'goal.ingredients.students' },
  { key: 'hasMeasure', label: 'goal.ingredients.measure' },
  { key: 'hasTimeFrame', label: 'goal.ingredients.timeFrame' },
] as const;

/**
 * Live hints under the goal (core/cycles, PEDAGOGY.md §4): does it name students, a measure and a
 * time frame? Suggestions only — the goal is saved whatever they say. Checked once typing pauses,
 * so a screen reader hears the result once rather than at every key.
 */
export function GoalHints({ goal, id }: { goal: string; id: string }) {
  const { t, i18n } = useTranslation('cycles');
  const locale: Locale = i18n.language.startsWith('es') ? 'es' : 'en';
  const settled = useDebounced(goal, 500);
  const check = checkGoal(settled);

  return (
    <div id={id} className="field-hint" aria-live="polite" data-testid="goal-hints">
      {check.blank ? (
        <p className="muted">{t('goal.example')}</p>
      ) : (
        <>
          <ul className="goal-checklist" aria-label={t('goal.checklist')}>
            {INGREDIENTS.map((item) => (
              <li key={item.key} className="goal-check" data-found={check[item.key]}>
                {t(item.label)}
                <span className="visually-hidden"> {check[item.key] ? t('goal.found') : t('goal.missing')}</span>
              </li>
            ))}
          </ul>
          {check.hints.length === 0 ? (
            <p className="goal-ready">{GOAL_READY_TEXT[locale]}</p>
          ) : (
            <ul className="goal-hints">
              {check.hints.map((hint) => (
                <li key={hint}>{GOAL_HINT_TEXT[hint][locale]}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
