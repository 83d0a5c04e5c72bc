import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  WALK_EVIDENCE,
  WALK_LIMITS,
  type WalkEvidence,
  type WalkGradeBand,
  type WalkSubject,
} from '#core/contracts/walks';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../lib/useFormErrors';
import { Counter } from './Counter';
import { evidenceLabel, gradeBandOptions, subjectOptions } from './labels';
import type { SaveResult } from './useRoomCapture';
import type { RoomInput } from './useWalks';

export interface RoomDraft {
  clientId: string;
  room: RoomInput;
}

const newClientId = () => crypto.randomUUID();

/**
 * One room on a phone: where (grade band, subject, an optional label of the walker's own), whether
 * the focus look-for was there, an optional count of students showing it, and a short note — with
 * the reminder that a walk names nobody. Saving clears the form for the next room.
 */
export function RoomForm({
  roomNumber,
  editing,
  onSave,
  onCancelEdit,
}: {
  roomNumber: number;
  /** A room recorded earlier, opened again to correct it. */
  editing: RoomDraft | null;
  onSave: (clientId: string, room: RoomInput) => Promise<SaveResult>;
  onCancelEdit: () => void;
}) {
  const { t } = useTranslation('walks');
  const initial = editing?.room;
  const [clientId, setClientId] = useState(editing?.clientId ?? newClientId());
  const [evidence, setEvidence] = useState<WalkEvidence | null>(initial?.evidence ?? null);
  const [gradeBand, setGradeBand] = useState<string>(initial?.gradeBand ?? '');
  const [subject, setSubject] = useState<string>(initial?.subject ?? '');
  const [roomLabel, setRoomLabel] = useState(initial?.roomLabel ?? '');
  const [counting, setCounting] = useState(!!initial?.tally);
  const [showing, setShowing] = useState(initial?.tally?.showing ?? 0);
  const [observed, setObserved] = useState(initial?.tally?.observed ?? 0);
  const [note, setNote] = useState(initial?.note ?? '');
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<unknown>(null);
  const [result, setResult] = useState<SaveResult | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const { errorFor, validate, unmatchedServerErrors } = useFormErrors(serverError);

  function reset() {
    setClientId(newClientId());
    setEvidence(null);
    setGradeBand('');
    setSubject('');
    setRoomLabel('');
    setCounting(false);
    setShowing(0);
    setObserved(0);
    setNote('');
  }

  async function submit() {
    const ok = validate(form.current, (errors) => {
      if (!evidence) errors.evidence = 'walks:capture.chooseEvidence';
      if (counting && observed < 1) errors['tally.observed'] = 'walks:capture.observedMin';
      if (counting && showing > observed) errors['tally.showing'] = 'walks:capture.showingMax';
    });
    if (!ok || !evidence) return;
    setBusy(true);
    setServerError(null);
    setResult(null);
    try {
      const saved = await onSave(clientId, {
        evidence,
        gradeBand: (gradeBand || null) as WalkGradeBand | null,
        subject: (subject || null) as WalkSubject | null,
        roomLabel: roomLabel.trim() || null,
        tally: counting ? { showing, observed } : null,
        note: note.trim() || null,
      });
      setResult(saved);
      reset();
      if (editing) onCancelEdit();
      form.current?.querySelector<HTMLElement>('input[name="evidence"]')?.focus();
    } catch (error) {
      setServerError(error);
    } finally {
      setBusy(false);
    }
  }

  const unmatched = unmatchedServerErrors(['note', 'roomLabel', 'evidence', 'tally.showing', 'tally.observed']);
  const evidenceError = errorFor('evidence');

  return (
    <form
      ref={form}
      className="stack walk-room-form"
      noValidate
      aria-labelledby="room-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="room-heading">{editing ? t('capture.editing') : t('capture.room', { number: roomNumber })}</h2>
      {result === 'sent' && <Alert tone="success">{t('capture.saved')}</Alert>}
      {result === 'queued' && <Alert tone="warning">{t('capture.queued')}</Alert>}
      {serverError && unmatched.length === 0 && !errorFor('note') && !errorFor('roomLabel') ? (
        <ErrorAlert error={serverError} />
      ) : null}
      {unmatched.length > 0 && <Alert tone="error">{unmatched.join(' ')}</Alert>}

      <fieldset className="walk-evidence" aria-describedby={evidenceError ? 'evidence-error' : undefined}>
        <legend className="field-label">{t('capture.evidenceQuestion')}</legend>
        <div className="walk-evidence-options">
          {WALK_EVIDENCE.map((value) => (
            <label key={value} className="walk-evidence-option" data-evidence={value}>
              <input
                type="radio"
                name="evidence"
                value={value}
                checked={evidence === value}
                onChange={() => setEvidence(value)}
                aria-invalid={evidenceError ? true : undefined}
              />
              <span>{evidenceLabel(value, t)}</span>
            </label>
          ))}
        </div>
        {evidenceError && (
          <p id="evidence-error" className="field-error">
            {evidenceError}
          </p>
        )}
      </fieldset>

      <div className="walk-where">
        <Select
          label={t('capture.gradeBand')}
          placeholder={t('capture.notSaid')}
          options={gradeBandOptions(t)}
          value={gradeBand}
          onChange={(e) => setGradeBand(e.target.value)}
        />
        <Select
          label={t('capture.subject')}
          placeholder={t('capture.notSaid')}
          options={subjectOptions(t)}
          value={subject}
          onChange={(e) => setSubject(e.target.value)}
        />
      </div>

      <label className="choice">
        <input type="checkbox" checked={counting} onChange={(e) => setCounting(e.target.checked)} />
        <span>{t('capture.countStudents')}</span>
      </label>
      {counting && (
        <div className="walk-counters">
          <Counter
            id="tally-showing"
            label={t('capture.showing')}
            value={showing}
            onChange={setShowing}
            max={WALK_LIMITS.studentsPerRoom}
          />
          <Counter
            id="tally-observed"
            label={t('capture.observed')}
            value={observed}
            onChange={setObserved}
            max={WALK_LIMITS.studentsPerRoom}
          />
          {(errorFor('tally.showing') || errorFor('tally.observed')) && (
            <p className="field-error" role="alert">
              {errorFor('tally.showing') ?? errorFor('tally.observed')}
            </p>
          )}
        </div>
      )}

      <TextArea
        label={t('capture.note')}
        hint={t('capture.noNames')}
        rows={3}
        maxLength={WALK_LIMITS.note}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errorFor('note')}
      />
      <p className="muted small" aria-live="polite">
        {t('capture.noteLength', { count: note.length, max: WALK_LIMITS.note })}
      </p>
      <TextField
        label={t('capture.roomLabel')}
        hint={t('capture.roomLabelHint')}
        maxLength={WALK_LIMITS.roomLabel}
        value={roomLabel}
        onChange={(e) => setRoomLabel(e.target.value)}
        error={errorFor('roomLabel')}
      />
      <FormActions busy={busy} submitLabel={editing ? t('capture.saveCorrection') : t('capture.saveAndNext')}>
        {editing && (
          <Button variant="ghost" onClick={onCancelEdit}>
            {t('capture.cancelEdit')}
          </Button>
        )}
      </FormActions>
    </form>
  );
}
