import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { REFLECTION_FIELDS, type ReflectionField, type ReflectionIndicator } from '#core/contracts/reflections';
import type { Locale } from '#core/domain/roles';
import { HighlightedText } from './HighlightedText';
import { indicatorsByField } from './highlight';

/** The non-empty answers under their prompt's short name, with indicator words highlighted when asked. */
export function ReflectionAnswers({
  answers,
  indicators,
  locale,
}: {
  answers: Partial<Record<ReflectionField, string | null | undefined>>;
  /** Empty: plain text, no highlights. */
  indicators: readonly ReflectionIndicator[];
  locale: Locale;
}) {
  const { t } = useTranslation();
  const byField = indicatorsByField(answers, indicators);
  const fields = REFLECTION_FIELDS.filter((field) => (answers[field] ?? '').trim().length > 0);
  if (fields.length === 0) return null;
  return (
    <dl className="reflection-answers">
      {fields.map((field) => (
        <Fragment key={field}>
          <dt>{t(`reflections:prompts.${field}.short`)}</dt>
          <dd lang={locale} className="reflection-answer">
            <HighlightedText text={answers[field] ?? ''} indicators={byField[field]} />
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
