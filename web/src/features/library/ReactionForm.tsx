import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REACTION_COMMENT_MAX } from '#core/contracts/library';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { TextArea } from '../../components/TextArea';
import { useFormErrors } from '../../lib/useFormErrors';
import type { ResourceReactions } from './types';
import { useReactToResource } from './useResources';

type Choice = 'yes' | 'no' | '';

const choiceOf = (mine: boolean | null): Choice => (mine === true ? 'yes' : mine === false ? 'no' : '');

/** "Was this useful?" — yes/no with an optional comment; shows the counts and the reader's own answer. */
export function ReactionForm({
  resourceId,
  reactions,
  headingLevel,
}: {
  resourceId: string;
  reactions: ResourceReactions;
  headingLevel: 2 | 3;
}) {
  const { t } = useTranslation();
  const react = useReactToResource(resourceId);
  const formRef = useRef<HTMLFormElement>(null);
  const [choice, setChoice] = useState<Choice>(choiceOf(reactions.mine));
  const [comment, setComment] = useState('');
  const { errorFor, validate } = useFormErrors(react.error);
  const headingId = useId();
  const errorId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const choiceError = errorFor('useful');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const valid = validate(formRef.current, (errors) => {
      if (!choice) errors.useful = 'library:reactions.chooseOne';
      if (comment.length > REACTION_COMMENT_MAX) errors.comment = 'library:reactions.commentTooLong';
    });
    if (!valid) return;
    const trimmed = comment.trim();
    react.mutate(
      { useful: choice === 'yes', ...(trimmed ? { comment: trimmed } : {}) },
      { onSuccess: () => setComment('') },
    );
  }

  return (
    <section className="reaction" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('library:reactions.title')}</Heading>
      <p className="muted" data-testid="reaction-counts">
        {t('library:reactions.counts', { useful: reactions.useful, notUseful: reactions.notUseful })}
        {reactions.mine !== null && (
          <> {t(reactions.mine ? 'library:reactions.mineYes' : 'library:reactions.mineNo')}</>
        )}
      </p>
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
        {react.isSuccess && <Alert tone="success">{t('library:reactions.thanks')}</Alert>}
        {react.error ? <ErrorAlert error={react.error} /> : null}
        <fieldset
          className={choiceError ? 'choice-group field-invalid' : 'choice-group'}
          aria-describedby={choiceError ? errorId : undefined}
        >
          <legend className="field-label">{t('library:reactions.question')}</legend>
          {(['yes', 'no'] as const).map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name={`useful-${resourceId}`}
                value={value}
                checked={choice === value}
                aria-invalid={choiceError ? true : undefined}
                onChange={() => setChoice(value)}
              />
              {t(`library:reactions.${value}`)}
            </label>
          ))}
          {choiceError && (
            <p id={errorId} className="field-error">
              {choiceError}
            </p>
          )}
        </fieldset>
        <TextArea
          label={t('library:reactions.comment')}
          hint={t('library:reactions.commentHint')}
          rows={3}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          error={errorFor('comment')}
        />
        <FormActions
          busy={react.isPending}
          submitLabel={t(reactions.mine === null ? 'library:reactions.submit' : 'library:reactions.update')}
        />
      </form>
    </section>
  );
}
