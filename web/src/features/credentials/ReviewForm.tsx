import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Submission } from '#core/contracts/credentials';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { useReview } from './useCredentials';

/** Scores each criterion with feedback; the server decides earned / not yet from the pass levels. */
export function ReviewForm({ submission }: { submission: Submission }) {
  const { t } = useTranslation('credentials');
  const review = useReview(submission.id);
  const { rubric } = submission.microCredential;
  const [levels, setLevels] = useState<Record<string, string>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [feedback, setFeedback] = useState('');
  const ids = useId();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    review.mutate({
      scores: rubric.map((c) => ({
        criterionId: c.id,
        level: Number(levels[c.id] ?? -1),
        feedback: notes[c.id] ?? '',
      })),
      feedback,
    });
  }

  return (
    <Card title={t('review.title')} testId="credential-review">
      <form className="form stack" noValidate onSubmit={onSubmit}>
        {review.error ? <ErrorAlert error={review.error} /> : null}
        {rubric.map((c) => (
          <fieldset key={c.id} className="credential-requirement">
            <legend>{c.name}</legend>
            <Select
              label={t('review.level')}
              hint={t('review.pass', { level: c.levels[c.passLevel] })}
              placeholder={t('editor.choose')}
              options={c.levels.map((label, index) => ({ value: String(index), label }))}
              value={levels[c.id] ?? ''}
              onChange={(e) => setLevels((l) => ({ ...l, [c.id]: e.target.value }))}
              required
              data-testid={`score-${c.id}`}
            />
            <TextArea
              id={`${ids}-${c.id}`}
              label={t('review.criterionFeedback')}
              rows={2}
              value={notes[c.id] ?? ''}
              onChange={(e) => setNotes((n) => ({ ...n, [c.id]: e.target.value }))}
            />
          </fieldset>
        ))}
        <TextArea
          id={`${ids}-all`}
          label={t('review.feedback')}
          value={feedback}
          onChange={(e) => setFeedback(e.target.value)}
        />
        <FormActions busy={review.isPending} submitLabel={t('review.submit')} />
      </form>
    </Card>
  );
}
