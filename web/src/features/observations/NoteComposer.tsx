import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OBSERVATION_LIMITS } from '#core/contracts/observations';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { TextArea } from '../../components/TextArea';
import type { PracticeIndex } from './practiceIndex';
import { type Tags, TagToggles } from './TagToggles';
import type { NewNote } from './useCapture';

const NO_TAGS: Tags = { practiceIds: [], lookForIds: [] };

/**
 * The time-stamped note box. The time is when typing began (what was seen, not when it was
 * saved); the box empties only once the note is safe on the device.
 */
export function NoteComposer({
  index,
  focusPracticeIds,
  onAdd,
  disabled,
}: {
  index: PracticeIndex;
  focusPracticeIds: string[];
  onAdd: (note: NewNote) => Promise<void>;
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation('observations');
  const [text, setText] = useState('');
  const [tags, setTags] = useState<Tags>(NO_TAGS);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [tooLong, setTooLong] = useState(false);
  const startedAt = useRef<Date | null>(null);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const trimmed = text.trim();
    if (!trimmed || busy) return;
    if (trimmed.length > OBSERVATION_LIMITS.text) {
      setTooLong(true);
      return;
    }
    setBusy(true);
    setFailed(false);
    try {
      await onAdd({ at: (startedAt.current ?? new Date()).toISOString(), text: trimmed, ...tags });
      setText('');
      setTags(NO_TAGS);
      startedAt.current = null;
      document.getElementById('evidence-note')?.focus();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const time = startedAt.current
    ? new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(startedAt.current)
    : null;

  return (
    <form className="stack" onSubmit={(e) => void submit(e)} data-testid="note-composer">
      <TextArea
        id="evidence-note"
        label={t('capture.noteLabel')}
        hint={time ? t('capture.noteSeenAt', { time }) : t('capture.noteHint')}
        error={tooLong ? t('capture.tooLong', { max: OBSERVATION_LIMITS.text }) : undefined}
        rows={3}
        value={text}
        disabled={disabled}
        onChange={(e) => {
          if (!startedAt.current && e.target.value.trim()) startedAt.current = new Date();
          setTooLong(false);
          setText(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
        }}
      />
      <TagToggles index={index} focusPracticeIds={focusPracticeIds} value={tags} onChange={setTags} />
      {failed && <Alert tone="error">{t('capture.deviceFailed')}</Alert>}
      <div className="button-row">
        <Button type="submit" busy={busy} disabled={disabled || !text.trim()}>
          {t('capture.addNote')}
        </Button>
      </div>
    </form>
  );
}
