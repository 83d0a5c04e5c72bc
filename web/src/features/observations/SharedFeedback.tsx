import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OBSERVATION_LIMITS } from '#core/contracts/observations';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { TextArea } from '../../components/TextArea';
import { useFormatDate } from '../../lib/format';
import { StrategyCardDialog } from '../library/StrategyCardDialog';
import { useResource } from '../library/useResources';
import type { PracticeIndex } from './practiceIndex';
import type { Observation } from './types';
import { useRespond } from './useObservations';

type Feedback = NonNullable<Observation['feedback']>;

/** Feedback as the teacher reads it (and the observer reviews it): strength, growth area, the one step. */
export function FeedbackView({ feedback, index }: { feedback: Feedback; index: PracticeIndex }) {
  const { t } = useTranslation('observations');
  const [open, setOpen] = useState<string | null>(null);
  const card = useResource(feedback.actionStep.resourceId ?? '');
  const practice = feedback.actionStep.practiceId ? index.label(feedback.actionStep.practiceId) : null;
  return (
    <dl className="feedback-view" data-testid="feedback-view">
      <dt>{t('feedback.strength')}</dt>
      <dd>{feedback.strength}</dd>
      <dt>{t('feedback.growthArea')}</dt>
      <dd>{feedback.growthArea}</dd>
      <dt>{t('feedback.actionStep')}</dt>
      <dd data-testid="action-step">
        <strong>{feedback.actionStep.text}</strong>
      </dd>
      <dt>{t('feedback.howToPractise')}</dt>
      <dd>{feedback.actionStep.howToPractise}</dd>
      {practice && (
        <>
          <dt>{t('feedback.practice')}</dt>
          <dd>{practice}</dd>
        </>
      )}
      {feedback.actionStep.resourceId && (
        <>
          <dt>{t('feedback.card')}</dt>
          <dd>
            <Button variant="ghost" onClick={() => setOpen(feedback.actionStep.resourceId)}>
              {card.data?.title ?? t('feedback.cardOpen')}
            </Button>
            <StrategyCardDialog resourceId={open} onClose={() => setOpen(null)} />
          </dd>
        </>
      )}
    </dl>
  );
}

/** The teacher's answer to shared feedback: a question, a plan, a thank-you (can be edited). */
export function ResponseForm({ observation }: { observation: Observation }) {
  const { t } = useTranslation('observations');
  const { dateTime } = useFormatDate();
  const existing = observation.feedback?.teacherResponse ?? '';
  const [editing, setEditing] = useState(!existing);
  const [text, setText] = useState(existing);
  const [empty, setEmpty] = useState(false);
  const respond = useRespond(observation.id);

  if (!editing) {
    return (
      <div className="stack" data-testid="teacher-response">
        <p className="note-text">{existing}</p>
        <p className="muted small">{t('response.sentAt', { date: dateTime(observation.feedback?.respondedAt) })}</p>
        <div className="button-row">
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {t('response.edit')}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <form
      id="response-form"
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) {
          setEmpty(true);
          return;
        }
        respond.mutate(text.trim(), { onSuccess: () => setEditing(false) });
      }}
    >
      <TextArea
        id="response-text"
        label={t('response.label')}
        hint={t('response.hint')}
        rows={3}
        maxLength={OBSERVATION_LIMITS.text}
        value={text}
        error={empty ? t('common:validation.required') : undefined}
        onChange={(e) => {
          setEmpty(false);
          setText(e.target.value);
        }}
      />
      {respond.isError && <ErrorAlert error={respond.error} />}
      {respond.isSuccess && <Alert tone="success">{t('response.saved')}</Alert>}
      <FormActions busy={respond.isPending} submitLabel={t('response.submit')} />
    </form>
  );
}
