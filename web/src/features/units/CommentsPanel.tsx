import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentTarget } from '#core/contracts/units';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { QueryState } from '../../components/QueryState';
import { Select, type SelectOption } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { formatDateTime } from '../../lib/format';
import { useFormErrors } from '../../lib/useFormErrors';
import { useAddComment, useComments, useMentionable } from './useUnits';
import './units.css';

type Props = {
  targetType: CommentTarget;
  targetId: string;
  /** The sections one may comment on, as field paths (`objectives`, `sequence.1`) with their labels. */
  sections: SelectOption[];
  section?: string;
  onSectionChange?: (section: string) => void;
};

/**
 * Comments beside the sections of a shared plan or a unit. Tick teammates to notify them, or
 * write "@Name": both notify each person once.
 */
export function CommentsPanel({ targetType, targetId, sections, section, onSectionChange }: Props) {
  const { t, i18n } = useTranslation('units');
  const comments = useComments(targetType, targetId);
  const people = useMentionable(targetType, targetId);
  const add = useAddComment();
  const { errorFor, validate } = useFormErrors(add.error);
  const form = useRef<HTMLFormElement>(null);
  const [ownSection, setOwnSection] = useState(sections[0]?.value ?? '');
  const current = section ?? ownSection;
  const setSection = (value: string) => (onSectionChange ? onSectionChange(value) : setOwnSection(value));
  const [body, setBody] = useState('');
  const [mentionIds, setMentionIds] = useState<string[]>([]);
  const labelOf = (path: string) => sections.find((s) => s.value === path)?.label ?? path;
  const items = comments.data?.items ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = validate(form.current, (errors) => {
      if (!body.trim()) errors.body = 'units:comments.errors.body';
    });
    if (!ok) return;
    add.mutate(
      { targetType, targetId, section: current, body: body.trim(), mentionIds },
      {
        onSuccess: () => {
          setBody('');
          setMentionIds([]);
        },
      },
    );
  };

  return (
    <Card title={t('comments.title')} testId="comments">
      <QueryState query={comments} isEmpty={items.length === 0} empty={<EmptyState title={t('comments.empty')} />}>
        <ul className="comment-list">
          {items.map((comment) => (
            <li key={comment.id} className="comment">
              <p className="comment-meta">
                <strong>{comment.author.name}</strong> · {labelOf(comment.section)} ·{' '}
                <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, i18n.language)}</time>
              </p>
              <p>{comment.body}</p>
              {comment.mentions.length > 0 && (
                <p className="comment-meta">
                  {t('comments.notified', { names: comment.mentions.map((m) => m.name).join(', ') })}
                </p>
              )}
            </li>
          ))}
        </ul>
      </QueryState>
      <form ref={form} className="stack" onSubmit={submit} noValidate aria-label={t('comments.add')}>
        <Select
          label={t('comments.section')}
          options={sections}
          value={current}
          onChange={(event) => setSection(event.target.value)}
        />
        <TextArea
          id="comment-body"
          label={t('comments.body')}
          hint={t('comments.bodyHint')}
          value={body}
          rows={3}
          maxLength={4000}
          onChange={(event) => setBody(event.target.value)}
          error={errorFor('body')}
          required
        />
        {(people.data?.items.length ?? 0) > 0 && (
          <fieldset className="choice-group mention-picker">
            <legend>{t('comments.mention')}</legend>
            {people.data!.items.map((person) => (
              <label key={person.id} className="choice">
                <input
                  type="checkbox"
                  checked={mentionIds.includes(person.id)}
                  onChange={(event) =>
                    setMentionIds((ids) =>
                      event.target.checked ? [...ids, person.id] : ids.filter((id) => id !== person.id),
                    )
                  }
                />
                <span>{person.name}</span>
              </label>
            ))}
          </fieldset>
        )}
        {add.isError && !errorFor('body') && <ErrorAlert error={add.error} />}
        <FormActions busy={add.isPending} submitLabel={t('comments.submit')} />
      </form>
    </Card>
  );
}
