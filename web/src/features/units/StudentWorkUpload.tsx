import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STUDENT_WORK_MAX_BYTES, STUDENT_WORK_TYPES, type StudentWorkSample } from '#core/contracts/units';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../lib/useFormErrors';
import { useUploadSample } from './useUnits';

type Props = {
  /** The teams the uploader may choose from; one team needs no choice. */
  teams: { id: string; name: string }[];
  unitId?: string;
  meetingId?: string;
  onUploaded?: (sample: StudentWorkSample) => void;
};

/**
 * Upload a sample of student work, with the reminder to remove student names first (the server
 * asks for the confirmation too). Type and size are checked here for a quick answer and again on
 * the server, which trusts the file's bytes, not its name.
 */
export function StudentWorkUpload({ teams, unitId, meetingId, onUploaded }: Props) {
  const { t } = useTranslation('units');
  const upload = useUploadSample();
  const { errorFor, validate, unmatchedServerErrors } = useFormErrors(upload.error);
  const form = useRef<HTMLFormElement>(null);
  const [teamId, setTeamId] = useState(teams[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [criteria, setCriteria] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = validate(form.current, (errors) => {
      if (!teamId) errors.teamId = 'units:upload.errors.team';
      if (!title.trim()) errors.title = 'units:upload.errors.title';
      if (!file) errors.file = 'units:upload.errors.file';
      else if (!(STUDENT_WORK_TYPES as readonly string[]).includes(file.type)) errors.file = 'units:upload.errors.type';
      else if (file.size > STUDENT_WORK_MAX_BYTES) errors.file = 'units:upload.errors.size';
      if (!confirmed) errors.namesRemoved = 'units:upload.errors.names';
    });
    if (!ok || !file) return;
    setProgress(0);
    upload.mutate(
      {
        input: {
          teamId,
          title: title.trim(),
          successCriteria: criteria
            .split('\n')
            .map((c) => c.trim())
            .filter(Boolean),
          unitId,
          meetingId,
          file,
        },
        onProgress: setProgress,
      },
      {
        onSuccess: (sample) => {
          setTitle('');
          setFile(null);
          setConfirmed(false);
          if (fileInput.current) fileInput.current.value = '';
          onUploaded?.(sample);
        },
        onSettled: () => setProgress(null),
      },
    );
  };

  const fileError = errorFor('file');
  const namesError = errorFor('namesRemoved');
  return (
    <form ref={form} className="stack" onSubmit={submit} noValidate aria-label={t('upload.title')}>
      <Alert tone="warning" title={t('upload.reminderTitle')}>
        {t('upload.reminder')}
      </Alert>
      {teams.length > 1 && (
        <Select
          label={t('upload.team')}
          options={teams.map((team) => ({ value: team.id, label: team.name }))}
          value={teamId}
          onChange={(event) => setTeamId(event.target.value)}
          error={errorFor('teamId')}
          required
        />
      )}
      <TextField
        label={t('upload.titleLabel')}
        value={title}
        maxLength={200}
        onChange={(event) => setTitle(event.target.value)}
        error={errorFor('title')}
        required
      />
      <TextArea
        label={t('upload.criteria')}
        hint={t('upload.criteriaHint')}
        value={criteria}
        rows={3}
        onChange={(event) => setCriteria(event.target.value)}
        error={errorFor('successCriteria')}
      />
      <div className="field">
        <label className="field-label" htmlFor="sw-file">
          {t('upload.file')}
        </label>
        <p className="field-hint" id="sw-file-hint">
          {t('upload.fileHint')}
        </p>
        <input
          ref={fileInput}
          id="sw-file"
          type="file"
          accept={STUDENT_WORK_TYPES.join(',')}
          aria-describedby={fileError ? 'sw-file-hint sw-file-error' : 'sw-file-hint'}
          aria-invalid={fileError ? true : undefined}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        {fileError && (
          <p className="field-error" id="sw-file-error">
            {fileError}
          </p>
        )}
      </div>
      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            checked={confirmed}
            aria-invalid={namesError ? true : undefined}
            aria-describedby={namesError ? 'sw-names-error' : undefined}
            onChange={(event) => setConfirmed(event.target.checked)}
          />
          <span>{t('upload.confirmNames')}</span>
        </label>
        {namesError && (
          <p className="field-error" id="sw-names-error">
            {namesError}
          </p>
        )}
      </div>
      {progress !== null && (
        <progress className="sw-progress" max={1} value={progress} aria-label={t('upload.progress')} />
      )}
      {upload.isError && unmatchedServerErrors(['title', 'successCriteria', 'namesRemoved', 'file']).length === 0 && (
        <ErrorAlert error={upload.error} />
      )}
      {upload.isSuccess && <Alert tone="success">{t('upload.done')}</Alert>}
      <FormActions busy={upload.isPending} submitLabel={t('upload.submit')} />
    </form>
  );
}
