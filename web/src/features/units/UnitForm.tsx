import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '#core/contracts/units';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../lib/useFormErrors';

export type UnitFormValues = {
  teamId: string;
  title: string;
  standards: string[];
  bigIdeas: string[];
  assessments: string[];
  sequence: { title: string; planId: string | null }[];
  curriculumSource: string | null;
};

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

type Props = {
  unit?: Unit;
  teams?: { id: string; name: string }[];
  busy: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (values: UnitFormValues) => void;
  onCancel?: () => void;
};

/** A unit's parts, one item a line; a step that keeps its title keeps the plan made from it. */
export function UnitForm({ unit, teams = [], busy, error, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('units');
  const { errorFor, validate, unmatchedServerErrors } = useFormErrors(error);
  const form = useRef<HTMLFormElement>(null);
  const [teamId, setTeamId] = useState(unit?.teamId ?? teams[0]?.id ?? '');
  const [title, setTitle] = useState(unit?.title ?? '');
  const [standards, setStandards] = useState(unit?.standards.join('\n') ?? '');
  const [bigIdeas, setBigIdeas] = useState(unit?.bigIdeas.join('\n') ?? '');
  const [assessments, setAssessments] = useState(unit?.assessments.join('\n') ?? '');
  const [sequence, setSequence] = useState(unit?.sequence.map((s) => s.title).join('\n') ?? '');
  const [source, setSource] = useState(unit?.curriculumSource ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = validate(form.current, (errors) => {
      if (!title.trim()) errors.title = 'units:form.errors.title';
      if (!teamId) errors.teamId = 'units:form.errors.team';
    });
    if (!ok) return;
    const planned = new Map((unit?.sequence ?? []).filter((s) => s.planId).map((s) => [s.title, s.planId]));
    onSubmit({
      teamId,
      title: title.trim(),
      standards: lines(standards),
      bigIdeas: lines(bigIdeas),
      assessments: lines(assessments),
      sequence: lines(sequence).map((step) => ({ title: step, planId: planned.get(step) ?? null })),
      curriculumSource: source.trim() || null,
    });
  };

  const unmatched = unmatchedServerErrors(['title', 'teamId', 'standards', 'bigIdeas', 'assessments', 'sequence']);
  return (
    <form ref={form} className="stack" onSubmit={submit} noValidate>
      {!unit && teams.length > 1 && (
        <Select
          label={t('form.team')}
          options={teams.map((team) => ({ value: team.id, label: team.name }))}
          value={teamId}
          onChange={(event) => setTeamId(event.target.value)}
          error={errorFor('teamId')}
          required
        />
      )}
      <TextField
        label={t('form.title')}
        value={title}
        maxLength={200}
        onChange={(event) => setTitle(event.target.value)}
        error={errorFor('title')}
        required
      />
      <TextArea
        label={t('form.standards')}
        hint={t('form.perLine')}
        rows={3}
        value={standards}
        onChange={(event) => setStandards(event.target.value)}
        error={errorFor('standards')}
      />
      <TextArea
        label={t('form.bigIdeas')}
        hint={t('form.perLine')}
        rows={3}
        value={bigIdeas}
        onChange={(event) => setBigIdeas(event.target.value)}
        error={errorFor('bigIdeas')}
      />
      <TextArea
        label={t('form.assessments')}
        hint={t('form.perLine')}
        rows={3}
        value={assessments}
        onChange={(event) => setAssessments(event.target.value)}
        error={errorFor('assessments')}
      />
      <TextArea
        label={t('form.sequence')}
        hint={t('form.sequenceHint')}
        rows={5}
        value={sequence}
        onChange={(event) => setSequence(event.target.value)}
        error={errorFor('sequence')}
      />
      <TextField
        label={t('form.source')}
        value={source}
        maxLength={200}
        onChange={(event) => setSource(event.target.value)}
      />
      {error && (unmatched.length > 0 || (!errorFor('title') && !errorFor('teamId'))) ? (
        <ErrorAlert error={error} />
      ) : null}
      <FormActions busy={busy} submitLabel={submitLabel}>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
        )}
      </FormActions>
    </form>
  );
}
