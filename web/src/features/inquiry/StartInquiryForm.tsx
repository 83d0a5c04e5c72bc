import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { describedBy, Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { useFormErrors } from '../../lib/useFormErrors';
import { required } from '../../lib/validate';
import { useGrowthFocus } from '../frameworks/useFrameworks';
import { useMe } from '../identity/useMe';
import { useTeams } from '../organizations/useTeams';
import { QuestionHints } from './QuestionHints';
import { useStartInquiry } from './useInquiry';

/**
 * Opens an inquiry: the question (with live hints), optionally a practice of my growth focus it
 * works on, and, if it is already clear, the prediction.
 */
export function StartInquiryForm() {
  const { t } = useTranslation('inquiry');
  const navigate = useNavigate();
  const start = useStartInquiry();
  const formRef = useRef<HTMLFormElement>(null);
  const questionId = useId();
  const [question, setQuestion] = useState('');
  const [prediction, setPrediction] = useState('');
  const [teamId, setTeamId] = useState('');
  const [focusPracticeId, setFocusPracticeId] = useState('');
  const practices = useGrowthFocus().data?.practices ?? [];
  const me = useMe().data;
  // Teams the reader belongs to: a team inquiry is co-owned by all its members.
  const myTeams = useTeams(Boolean(me)).items.filter((team) => team.members.some((m) => m.userId === me?.id));
  const { errorFor, validate } = useFormErrors(start.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!validate(formRef.current, (errors) => required(errors, 'question', question))) return;
    start.mutate(
      {
        question: question.trim(),
        prediction: prediction.trim() || null,
        teamId: teamId || null,
        focusPracticeId: focusPracticeId || null,
      },
      { onSuccess: (inquiry) => navigate(`/inquiry/${inquiry.id}`) },
    );
  }

  const error = errorFor('question');
  const hintsId = `${questionId}-hints`;
  return (
    <form ref={formRef} className="form stack" noValidate onSubmit={onSubmit} data-testid="start-inquiry-form">
      {start.error ? <ErrorAlert error={start.error} /> : null}
      <Field id={questionId} label={t('question.label')} hint={t('question.hint')} error={error} required>
        <textarea
          id={questionId}
          rows={3}
          className="input textarea"
          required
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={[describedBy(questionId, t('question.hint'), error), hintsId].join(' ')}
        />
        <QuestionHints question={question} id={hintsId} />
      </Field>
      {myTeams.length > 0 && (
        <Select
          label={t('start.owner')}
          hint={t('start.ownerHint')}
          options={[
            { value: '', label: t('start.justMe') },
            ...myTeams.map((team) => ({ value: team.id, label: t('start.withTeam', { name: team.name }) })),
          ]}
          value={teamId}
          onChange={(e) => setTeamId(e.target.value)}
          error={errorFor('teamId')}
        />
      )}
      {practices.length > 0 ? (
        <Select
          label={t('start.focus')}
          hint={t('start.focusHint')}
          options={[
            { value: '', label: t('start.noFocus') },
            ...practices.map((practice) => ({ value: practice.id, label: practice.title })),
          ]}
          value={focusPracticeId}
          onChange={(e) => setFocusPracticeId(e.target.value)}
          error={errorFor('focusPracticeId')}
        />
      ) : (
        <p className="field-hint">
          {t('start.focusNone')} <Link to="/growth-focus">{t('start.chooseFocus')}</Link>
        </p>
      )}
      <TextArea
        label={t('plan.prediction')}
        hint={t('plan.predictionHint')}
        rows={2}
        value={prediction}
        onChange={(e) => setPrediction(e.target.value)}
        error={errorFor('prediction')}
      />
      <FormActions busy={start.isPending} submitLabel={t('start.submit')} />
    </form>
  );
}
