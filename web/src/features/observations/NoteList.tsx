import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import type { PracticeIndex } from './practiceIndex';
import type { CaptureNote } from './useCapture';

function NoteTags({ note, index }: { note: Pick<CaptureNote, 'practiceIds' | 'lookForIds'>; index: PracticeIndex }) {
  const { t } = useTranslation('observations');
  const labels = [...note.practiceIds, ...note.lookForIds].map((id) => index.label(id)).filter(Boolean);
  if (labels.length === 0) return null;
  return (
    <ul className="badge-list" aria-label={t('capture.tags')}>
      {labels.map((label) => (
        <li key={label}>
          <Badge tone="info">{label}</Badge>
        </li>
      ))}
    </ul>
  );
}

/**
 * Evidence notes with where each one is: sent, waiting on this device, or refused by the server
 * (kept, with the reason, to try again or copy elsewhere).
 */
export function NoteList({
  notes,
  index,
  onRetry,
  onDiscard,
}: {
  notes: CaptureNote[];
  index: PracticeIndex;
  onRetry?: (clientId: string) => void;
  onDiscard?: (clientId: string) => void;
}) {
  const { t, i18n } = useTranslation('observations');
  const [discarding, setDiscarding] = useState<string | null>(null);
  const time = (iso: string) => new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(iso));
  if (notes.length === 0) return <EmptyState title={t('capture.noNotes')} />;

  return (
    <>
      <ConfirmDialog
        open={discarding !== null}
        title={t('capture.discardTitle')}
        confirmLabel={t('capture.discard')}
        danger
        onClose={() => setDiscarding(null)}
        onConfirm={() => {
          if (discarding) onDiscard?.(discarding);
          setDiscarding(null);
        }}
      >
        <p>{t('capture.discardBody')}</p>
      </ConfirmDialog>
      <ol className="note-list" data-testid="note-list">
        {notes.map((note) => (
          <li key={note.clientId} className="note" data-state={note.state} data-client-id={note.clientId}>
            <div className="note-head">
              <time dateTime={note.at} className="mono">
                {time(note.at)}
              </time>
              {note.state === 'sent' && <Badge tone="success">{t('capture.sent')}</Badge>}
              {note.state === 'queued' && <Badge tone="warning">{t('capture.onDevice')}</Badge>}
              {note.state === 'refused' && <Badge tone="danger">{t('capture.refused')}</Badge>}
            </div>
            <p className="note-text">{note.text}</p>
            <NoteTags note={note} index={index} />
            {note.state === 'refused' && (
              <div className="stack">
                <p className="field-error">
                  {note.error?.message || t('capture.refusedGeneric', { status: note.error?.status ?? 0 })}
                </p>
                <div className="button-row">
                  {onRetry && (
                    <Button variant="secondary" onClick={() => onRetry(note.clientId)}>
                      {t('capture.retry')}
                    </Button>
                  )}
                  {onDiscard && (
                    <Button variant="ghost" onClick={() => setDiscarding(note.clientId)}>
                      {t('capture.discard')}
                    </Button>
                  )}
                </div>
              </div>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

/** Read-only evidence (the observation page, the teacher's view), in time order. */
export function EvidenceList({
  notes,
  index,
}: {
  notes: { id: string; at: string; text: string; practiceIds: string[]; lookForIds: string[] }[];
  index: PracticeIndex;
}) {
  const { t, i18n } = useTranslation('observations');
  const time = (iso: string) => new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(iso));
  if (notes.length === 0) return <EmptyState title={t('capture.noNotes')} />;
  return (
    <ol className="note-list" data-testid="evidence-list">
      {notes.map((note) => (
        <li key={note.id} className="note">
          <div className="note-head">
            <time dateTime={note.at} className="mono">
              {time(note.at)}
            </time>
          </div>
          <p className="note-text">{note.text}</p>
          <NoteTags note={note} index={index} />
        </li>
      ))}
    </ol>
  );
}
