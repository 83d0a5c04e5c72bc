import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea } from '../../components/TextArea';
import { formatDateTime } from '../../lib/format';
import { useSaveNote, useStepNotes } from './useMeetings';

const SAVE_AFTER_MS = 700;

/** The device's id for the reader's note on a step: kept so a reload goes on writing the same row. */
function noteClientId(meetingId: string, step: number): string {
  const key = `conecta.meeting-note.${meetingId}.${step}`;
  try {
    const known = localStorage.getItem(key);
    if (known) return known;
    const made = crypto.randomUUID();
    localStorage.setItem(key, made);
    return made;
  } catch {
    return crypto.randomUUID();
  }
}

/**
 * Notes for one step: the reader's own box (saved as they type) and everyone else's, refreshed
 * every two seconds. Each person writes only their own row, so nobody overwrites anybody.
 */
export function NotesPanel({ meetingId, step, live }: { meetingId: string; step: number; live: boolean }) {
  const { t, i18n } = useTranslation('meetings');
  const notes = useStepNotes(meetingId, step, live);
  const save = useSaveNote(meetingId);
  const clientId = useRef(noteClientId(meetingId, step));
  const [text, setText] = useState('');
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const items = notes.data?.items ?? [];
  const mine = items.find((n) => n.mine);
  const others = items.filter((n) => !n.mine);

  // Adopt what the server holds for me (another tab, a reload) until I start typing.
  useEffect(() => {
    if (!dirty && mine) {
      clientId.current = mine.clientId;
      setText(mine.text);
    }
  }, [dirty, mine]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: save on each change of the text; mutate is stable
  useEffect(() => {
    if (!dirty) return;
    const timer = window.setTimeout(() => {
      setStatus('saving');
      save.mutate(
        { clientId: clientId.current, stepIndex: step, text },
        { onSuccess: () => setStatus('saved'), onError: () => setStatus('failed') },
      );
    }, SAVE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [text, dirty, step]);

  return (
    <div className="stack" data-testid="notes-panel">
      <TextArea
        label={t('notes.mine')}
        hint={t('notes.mineHint')}
        rows={4}
        maxLength={5000}
        value={text}
        data-testid="my-note"
        onChange={(e) => {
          setDirty(true);
          setText(e.target.value);
        }}
      />
      <p className="muted" role="status" data-testid="note-status">
        {status === 'saving' && t('notes.saving')}
        {status === 'saved' && t('notes.saved')}
        {status === 'failed' && t('notes.failed')}
      </p>
      <h3>{t('notes.others')}</h3>
      {others.length === 0 ? (
        <p className="muted">{t('notes.noOthers')}</p>
      ) : (
        <ul className="note-others" data-testid="others-notes">
          {others.map((note) => (
            <li key={note.clientId}>
              <strong>{note.authorName}</strong>{' '}
              <span className="muted">{formatDateTime(note.updatedAt, i18n.language)}</span>
              <div>{note.text}</div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
