import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OBSERVATION_LIMITS } from '#core/contracts/observations';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../lib/useFormErrors';
import type { PracticeIndex } from './practiceIndex';
import { ResourcePicker } from './ResourcePicker';
import type { Observation } from './types';
import { useSaveFeedback } from './useObservations';

const FIELDS = ['strength', 'growthArea', 'actionStep.text', 'actionStep.howToPractise'] as const;

/**
 * The observer's feedback, in the order PEDAGOGY.md §4 asks for: a strength first, one growth
 * area, exactly one bite-size action step (how to practise it, optionally a strategy card and
 * the practice it serves). Saved as a draft until shared; once shared, edits show at once.
 */
export function FeedbackForm({ observation, index }: { observation: Observation; index: PracticeIndex }) {
  const { t } = useTranslation('observations');
  const saved = observation.feedback;
  const [strength, setStrength] = useState(saved?.strength ?? '');
  const [growthArea, setGrowthArea] = useState(saved?.growthArea ?? '');
  const [stepText, setStepText] = useState(saved?.actionStep.text ?? '');
  const [howToPractise, setHowToPractise] = useState(saved?.actionStep.howToPractise ?? '');
  const [resourceId, setResourceId] = useState<string | null>(saved?.actionStep.resourceId ?? null);
  const [practiceId, setPracticeId] = useState(saved?.actionStep.practiceId ?? '');
  const [sharedNow, setSharedNow] = useState<boolean | null>(null);
  const save = useSaveFeedback(observation.id);
  const { errorFor, validate, unmatchedServerErrors } = useFormErrors(save.error);
  const shared = saved?.sharedAt != null;

  const focus = observation.focusPracticeIds.map((id) => index.practice(id)).filter((p) => p !== undefined);
  const others = index.practices.filter((p) => !observation.focusPracticeIds.includes(p.id));
  const practiceOptions = [...focus, ...others].map((p) => ({ value: p.id, label: `${p.code} ${p.title}` }));

  const submit = (share: boolean, form: HTMLFormElement | null) => {
    const ok = validate(form, (errors) => {
      if (!strength.trim()) errors.strength = 'common:validation.required';
      if (!growthArea.trim()) errors.growthArea = 'common:validation.required';
      if (!stepText.trim()) errors['actionStep.text'] = 'common:validation.required';
      if (!howToPractise.trim()) errors['actionStep.howToPractise'] = 'common:validation.required';
    });
    if (!ok) return;
    setSharedNow(null);
    save.mutate(
      {
        strength,
        growthArea,
        actionStep: { text: stepText, howToPractise, resourceId, practiceId: practiceId || null },
        share,
      },
      { onSuccess: () => setSharedNow(share) },
    );
  };

  return (
    <form
      id="feedback-form"
      className="stack"
      noValidate
      onSubmit={(e: FormEvent<HTMLFormElement>) => {
        e.preventDefault();
        submit(shared, e.currentTarget);
      }}
    >
      <p className="muted">{t('feedback.intro')}</p>
      <TextArea
        id="feedback-strength"
        label={t('feedback.strength')}
        hint={t('feedback.strengthHint')}
        required
        maxLength={OBSERVATION_LIMITS.text}
        value={strength}
        error={errorFor('strength')}
        onChange={(e) => setStrength(e.target.value)}
      />
      <TextArea
        id="feedback-growth"
        label={t('feedback.growthArea')}
        hint={t('feedback.growthAreaHint')}
        required
        maxLength={OBSERVATION_LIMITS.text}
        value={growthArea}
        error={errorFor('growthArea')}
        onChange={(e) => setGrowthArea(e.target.value)}
      />
      <fieldset className="fieldset">
        <legend>{t('feedback.actionStep')}</legend>
        <p className="field-hint">{t('feedback.actionStepHint')}</p>
        <TextField
          id="feedback-step"
          label={t('feedback.stepText')}
          required
          maxLength={OBSERVATION_LIMITS.shortText}
          value={stepText}
          error={errorFor('actionStep.text')}
          onChange={(e) => setStepText(e.target.value)}
        />
        <TextArea
          id="feedback-practise"
          label={t('feedback.howToPractise')}
          hint={t('feedback.howToPractiseHint')}
          required
          rows={3}
          maxLength={OBSERVATION_LIMITS.text}
          value={howToPractise}
          error={errorFor('actionStep.howToPractise')}
          onChange={(e) => setHowToPractise(e.target.value)}
        />
        <Select
          id="feedback-practice"
          label={t('feedback.practice')}
          placeholder={t('feedback.noPractice')}
          options={practiceOptions}
          value={practiceId}
          error={errorFor('actionStep.practiceId')}
          onChange={(e) => setPracticeId(e.target.value)}
        />
        <ResourcePicker value={resourceId} onChange={setResourceId} />
      </fieldset>
      {unmatchedServerErrors([...FIELDS, 'actionStep.practiceId']).map((message) => (
        <Alert key={message} tone="error">
          {message}
        </Alert>
      ))}
      {save.isError && <ErrorAlert error={save.error} />}
      {save.isSuccess && sharedNow !== null && (
        <Alert tone="success">{sharedNow ? t('feedback.sharedDone') : t('feedback.draftSaved')}</Alert>
      )}
      <div className="button-row">
        {shared ? (
          <Button type="submit" busy={save.isPending}>
            {t('feedback.saveShared')}
          </Button>
        ) : (
          <>
            <Button
              type="button"
              variant="secondary"
              busy={save.isPending}
              onClick={(e) => submit(false, e.currentTarget.form)}
            >
              {t('feedback.saveDraft')}
            </Button>
            <Button type="button" busy={save.isPending} onClick={(e) => submit(true, e.currentTarget.form)}>
              {t('feedback.share')}
            </Button>
          </>
        )}
      </div>
    </form>
  );
}
