import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { CycleUnit } from '#core/contracts/cycles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { describedBy, Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../lib/useFormErrors';
import { required } from '../../lib/validate';
import { useUsers } from '../organizations/useUsers';
import { GoalHints } from './GoalHints';
import { StrategyPicker } from './StrategyPicker';
import { useStartCycle } from './useCycles';
import { valueErrors } from './values';

/** A coach opens a cycle with a teacher: the goal (with live hints), its data, and a strategy. */
export function StartCycleForm({ teacherId: initialTeacher = '' }: { teacherId?: string }) {
  const { t } = useTranslation('cycles');
  const navigate = useNavigate();
  const start = useStartCycle();
  const formRef = useRef<HTMLFormElement>(null);
  // The API lists only the teachers of the coach's own schools.
  const teachers = useUsers({ role: 'teacher', status: 'active' }, { limit: 200 });
  const goalId = useId();
  const [teacherId, setTeacherId] = useState(initialTeacher);
  const [goal, setGoal] = useState('');
  const [measure, setMeasure] = useState('');
  const [unit, setUnit] = useState<CycleUnit>('percent');
  const [baseline, setBaseline] = useState('');
  const [baselineEvidence, setBaselineEvidence] = useState('');
  const [target, setTarget] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const [cardId, setCardId] = useState<string | null>(null);
  const [strategyText, setStrategyText] = useState('');
  const { errorFor, validate } = useFormErrors(start.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const valid = validate(formRef.current, (errors) => {
      required(errors, 'teacherId', teacherId);
      required(errors, 'goal', goal);
      required(errors, 'measure', measure);
      valueErrors(errors, unit, { baselineValue: baseline, targetValue: target });
      required(errors, 'targetDate', targetDate);
    });
    if (!valid) return;
    start.mutate(
      {
        teacherId,
        goal: goal.trim(),
        measure: measure.trim(),
        unit,
        baselineValue: Number(baseline),
        baselineEvidence: baselineEvidence.trim() || null,
        targetValue: Number(target),
        targetDate,
        strategyCardId: cardId,
        strategyText: strategyText.trim() || null,
      },
      { onSuccess: (cycle) => navigate(`/cycles/${cycle.id}`) },
    );
  }

  const goalError = errorFor('goal');
  const hintsId = `${goalId}-goal-hints`;
  const unitLabel = unit === 'percent' ? t('fields.inPercent') : t('fields.inCount');

  return (
    <form ref={formRef} className="form stack" noValidate onSubmit={onSubmit} data-testid="start-cycle-form">
      {start.error ? <ErrorAlert error={start.error} /> : null}
      <Select
        label={t('fields.teacher')}
        required
        placeholder={t('fields.chooseTeacher')}
        options={teachers.items.map((u) => ({ value: u.id, label: u.name }))}
        value={teacherId}
        onChange={(e) => setTeacherId(e.target.value)}
        error={errorFor('teacherId')}
      />
      <Field id={goalId} label={t('fields.goal')} hint={t('fields.goalHint')} error={goalError} required>
        <textarea
          id={goalId}
          rows={3}
          className="input textarea"
          required
          value={goal}
          onChange={(e) => setGoal(e.target.value)}
          aria-invalid={goalError ? true : undefined}
          aria-describedby={[describedBy(goalId, t('fields.goalHint'), goalError), hintsId].join(' ')}
        />
        <GoalHints goal={goal} id={hintsId} />
      </Field>
      <TextField
        label={t('fields.measure')}
        hint={t('fields.measureHint')}
        required
        value={measure}
        onChange={(e) => setMeasure(e.target.value)}
        error={errorFor('measure')}
      />
      <fieldset className="fieldset">
        <legend>{t('fields.unit')}</legend>
        <div className="choice-row">
          {(['percent', 'count'] as const).map((option) => (
            <label key={option} className="choice">
              <input type="radio" name="unit" checked={unit === option} onChange={() => setUnit(option)} />
              {t(`units.${option}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-grid">
        <TextField
          label={`${t('fields.baseline')} (${unitLabel})`}
          type="number"
          inputMode="decimal"
          min={0}
          max={unit === 'percent' ? 100 : undefined}
          step="any"
          required
          value={baseline}
          onChange={(e) => setBaseline(e.target.value)}
          error={errorFor('baselineValue')}
        />
        <TextField
          label={`${t('fields.target')} (${unitLabel})`}
          type="number"
          inputMode="decimal"
          min={0}
          max={unit === 'percent' ? 100 : undefined}
          step="any"
          required
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          error={errorFor('targetValue')}
        />
        <TextField
          label={t('fields.targetDate')}
          type="date"
          required
          value={targetDate}
          onChange={(e) => setTargetDate(e.target.value)}
          error={errorFor('targetDate')}
        />
      </div>
      <TextArea
        label={t('fields.baselineEvidence')}
        hint={t('fields.baselineEvidenceHint')}
        rows={2}
        value={baselineEvidence}
        onChange={(e) => setBaselineEvidence(e.target.value)}
        error={errorFor('baselineEvidence')}
      />
      <fieldset className="fieldset stack">
        <legend>{t('fields.strategy')}</legend>
        <p className="field-hint">{t('fields.strategyHint')}</p>
        <StrategyPicker value={cardId} onChange={setCardId} />
        {errorFor('strategyCardId') && <p className="field-error">{errorFor('strategyCardId')}</p>}
        <TextArea
          label={t('fields.strategyText')}
          rows={3}
          value={strategyText}
          onChange={(e) => setStrategyText(e.target.value)}
          error={errorFor('strategyText')}
        />
      </fieldset>
      <FormActions busy={start.isPending} submitLabel={t('start.submit')} />
    </form>
  );
}
