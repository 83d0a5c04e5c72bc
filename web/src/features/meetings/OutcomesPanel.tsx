import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '#core/contracts/meetings';
import { addDays } from '#core/domain/calendar';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { formatDay, localToday } from '../../lib/dates';
import { useFormErrors } from '../../lib/useFormErrors';
import { textIn } from './format';
import { useAddActionItem, useAddDecision } from './useMeetings';

/** Decisions the team took, by step, and the form to record one (members). */
export function DecisionsPanel({ meeting, step }: { meeting: Meeting; step: number }) {
  const { t, i18n } = useTranslation('meetings');
  const add = useAddDecision(meeting.id);
  const [text, setText] = useState('');
  const { errorFor } = useFormErrors(add.error);
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    add.mutate({ stepIndex: step, text: text.trim() }, { onSuccess: () => setText('') });
  }
  const decisions = meeting.decisions ?? [];
  return (
    <div className="stack" data-testid="decisions">
      {decisions.length === 0 ? (
        <p className="muted">{t('decisions.empty')}</p>
      ) : (
        <ul>
          {decisions.map((d) => (
            <li key={d.id}>
              {d.text}{' '}
              <span className="muted">({textIn(meeting.protocol.steps[d.stepIndex]?.title ?? {}, i18n.language)})</span>
            </li>
          ))}
        </ul>
      )}
      <form className="form stack" noValidate onSubmit={onSubmit}>
        {add.error ? <ErrorAlert error={add.error} /> : null}
        <TextField
          label={t('decisions.text')}
          value={text}
          maxLength={5000}
          onChange={(e) => setText(e.target.value)}
          error={errorFor('text')}
        />
        <FormActions busy={add.isPending} submitLabel={t('decisions.add')} />
      </form>
    </div>
  );
}

/** Action items with owner and due date; the owner sees them on Home and is notified. */
export function ActionItemsPanel({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation('meetings');
  const add = useAddActionItem(meeting.id);
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueDate, setDueDate] = useState(addDays(localToday(), 7));
  const [link, setLink] = useState<'' | 'growth-focus'>('');
  const { errorFor } = useFormErrors(add.error);
  const items = meeting.actionItems ?? [];

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim() || !ownerId || !dueDate) return;
    add.mutate(
      { text: text.trim(), ownerId, dueDate, link: link ? { kind: link } : null },
      { onSuccess: () => setText('') },
    );
  }

  return (
    <div className="stack" data-testid="action-items">
      {items.length === 0 ? (
        <p className="muted">{t('actionItems.empty')}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              <strong>{item.text}</strong> — {item.ownerName},{' '}
              {t('actionItems.due', { date: formatDay(item.dueDate, i18n.language, { dateStyle: 'medium' }) })}
              {item.status === 'done' && <> ✓ {t('actionItems.done')}</>}
            </li>
          ))}
        </ul>
      )}
      <form className="form stack" noValidate onSubmit={onSubmit}>
        {add.error ? <ErrorAlert error={add.error} /> : null}
        <TextField
          label={t('actionItems.text')}
          required
          value={text}
          maxLength={500}
          onChange={(e) => setText(e.target.value)}
          error={errorFor('text')}
        />
        <div className="form-grid">
          <Select
            label={t('actionItems.owner')}
            required
            placeholder={t('actionItems.chooseOwner')}
            value={ownerId}
            onChange={(e) => setOwnerId(e.target.value)}
            options={meeting.attendees.map((a) => ({ value: a.userId, label: a.name }))}
            error={errorFor('ownerId')}
          />
          <TextField
            label={t('actionItems.dueDate')}
            type="date"
            required
            value={dueDate}
            onChange={(e) => setDueDate(e.target.value)}
            error={errorFor('dueDate')}
          />
          <Select
            label={t('actionItems.link')}
            value={link}
            onChange={(e) => setLink(e.target.value as '' | 'growth-focus')}
            options={[
              { value: '', label: t('actionItems.noLink') },
              { value: 'growth-focus', label: t('actionItems.growthFocus') },
            ]}
          />
        </div>
        <FormActions busy={add.isPending} submitLabel={t('actionItems.add')} />
      </form>
    </div>
  );
}
