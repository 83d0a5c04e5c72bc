import { useTranslation } from 'react-i18next';
import type { Locale } from '#core/domain/roles';
import { checkQuestion, QUESTION_HINT_TEXT, QUESTION_READY_TEXT } from '#core/inquiry/index';
import { useDebounced } from '../../lib/useDebounced';

/**
 * Live hints under the question (core/inquiry): a change, the students, a question mark. Hints
 * only — the question is saved whatever they say. Checked once typing pauses.
 */
export function QuestionHints({ question, id }: { question: string; id: string }) {
  const { t, i18n } = useTranslation('inquiry');
  const locale: Locale = i18n.language.startsWith('es') ? 'es' : 'en';
  const check = checkQuestion(useDebounced(question, 500));
  return (
    <div id={id} className="field-hint" aria-live="polite" data-testid="question-hints">
      {check.blank ? (
        <p className="muted">{t('question.example')}</p>
      ) : check.hints.length === 0 ? (
        <p className="goal-ready">{QUESTION_READY_TEXT[locale]}</p>
      ) : (
        <ul className="goal-hints">
          {check.hints.map((hint) => (
            <li key={hint}>{QUESTION_HINT_TEXT[hint][locale]}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
