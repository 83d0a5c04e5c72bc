import { type FormEvent, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REFLECTION_FIELD_MAX, REFLECTION_FIELDS, type ReflectionInput } from '#core/contracts/reflections';
import type { Locale } from '#core/domain/roles';
import { analyzeReflection, NUDGES } from '#core/reflection/index';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { TextArea } from '../../components/TextArea';
import { useDebounced } from '../../lib/useDebounced';
import { useFormErrors } from '../../lib/useFormErrors';
import { type Answers, clearDraft, EMPTY_ANSWERS, hasText, readDraft, saveDraft } from './draft';
import { IndicatorList, LevelSummary, Nudge } from './ReflectionAnalysisView';
import { ReflectionAnswers } from './ReflectionAnswers';
import { useCreateReflection } from './useReflections';

/** Past this many characters an answer shows how close it is to the limit. */
const COUNT_FROM = REFLECTION_FIELD_MAX - 1000;

function bodyOf(answers: Answers): ReflectionInput {
  const body: ReflectionInput = {};
  for (const field of REFLECTION_FIELDS) {
    const value = answers[field].trim();
    if (value) body[field] = value;
  }
  return body;
}

/**
 * The two-minute reflection: four optional prompts (PEDAGOGY.md §2), analysed in the browser a
 * moment after each pause in typing, so the teacher sees the level, the nudge and what was
 * noticed before saving. A failed save keeps every word (and a draft survives a reload).
 */
export function ReflectionForm({
  planId,
  planLocale,
  headingLevel,
}: {
  planId: string;
  planLocale: Locale;
  headingLevel: 3 | 4;
}) {
  const { t, i18n } = useTranslation();
  const create = useCreateReflection(planId);
  const formRef = useRef<HTMLFormElement>(null);
  const ids = useId();
  const [answers, setAnswers] = useState<Answers>(() => readDraft(planId));
  const [saved, setSaved] = useState(false);
  const { errorFor, validate, unmatchedServerErrors } = useFormErrors(create.error);

  const analysed = useDebounced(answers, 400);
  const analysis = useMemo(
    () => (hasText(analysed) ? analyzeReflection(analysed, planLocale) : null),
    [analysed, planLocale],
  );
  const uiLocale: Locale = i18n.resolvedLanguage === 'es' ? 'es' : 'en';
  const number = new Intl.NumberFormat(uiLocale);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const formError = errorFor('form');
  const otherServerErrors = unmatchedServerErrors([...REFLECTION_FIELDS]);

  function change(field: keyof Answers, value: string) {
    const next = { ...answers, [field]: value };
    setAnswers(next);
    saveDraft(planId, next);
    setSaved(false);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const empty = !hasText(answers);
    const valid = validate(formRef.current, (errors) => {
      for (const field of REFLECTION_FIELDS) {
        if (answers[field].length > REFLECTION_FIELD_MAX) errors[field] = 'reflections:validation.tooLong';
      }
      if (empty) errors.form = 'reflections:validation.atLeastOne';
    });
    if (!valid) {
      if (empty) requestAnimationFrame(() => document.getElementById(`${ids}-whatHappened`)?.focus());
      return;
    }
    create.mutate(bodyOf(answers), {
      onSuccess: () => {
        clearDraft(planId);
        setAnswers(EMPTY_ANSWERS);
        setSaved(true);
      },
    });
  }

  return (
    <form ref={formRef} className="form reflection-form" noValidate onSubmit={onSubmit}>
      {saved && <Alert tone="success">{t('reflections:form.saved')}</Alert>}
      {create.error ? <ErrorAlert error={create.error} /> : null}
      {otherServerErrors.length > 0 && (
        <Alert tone="error">
          <ul>
            {otherServerErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </Alert>
      )}
      <div className="reflection-compose">
        <fieldset className="fieldset">
          <legend>{t('reflections:form.legend')}</legend>
          <p className="field-hint">{t('reflections:form.hint')}</p>
          {formError && <Alert tone="error">{formError}</Alert>}
          {REFLECTION_FIELDS.map((field) => {
            const length = answers[field].length;
            const count =
              length > COUNT_FROM
                ? t('reflections:form.count', { used: number.format(length), max: number.format(REFLECTION_FIELD_MAX) })
                : null;
            return (
              <TextArea
                key={field}
                id={`${ids}-${field}`}
                label={t(`reflections:prompts.${field}.label`)}
                hint={
                  count ? `${t(`reflections:prompts.${field}.hint`)} ${count}` : t(`reflections:prompts.${field}.hint`)
                }
                lang={planLocale}
                rows={3}
                value={answers[field]}
                onChange={(event) => change(field, event.target.value)}
                error={errorFor(field)}
              />
            );
          })}
        </fieldset>
        <section className="reflection-feedback" aria-labelledby={`${ids}-feedback`}>
          <Heading id={`${ids}-feedback`}>{t('reflections:feedback.title')}</Heading>
          <p className="muted">{t('reflections:feedback.private')}</p>
          {analysis ? (
            <>
              <LevelSummary level={analysis.level} label={analysis.label} />
              <Nudge text={NUDGES[analysis.nudgeId][uiLocale]} />
              <ReflectionAnswers answers={analysed} indicators={analysis.indicators} locale={planLocale} />
              <IndicatorList indicators={analysis.indicators} locale={planLocale} />
            </>
          ) : (
            <p>{t('reflections:feedback.empty')}</p>
          )}
          {/* Announced once per level change, not on every pause in typing. */}
          <p className="visually-hidden" role="status">
            {analysis
              ? t('reflections:feedback.announce', {
                  level: analysis.level,
                  label: t(`reflections:labels.${analysis.label}.name`),
                })
              : ''}
          </p>
        </section>
      </div>
      <FormActions busy={create.isPending} submitLabel={t('reflections:form.submit')} />
    </form>
  );
}
