import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRIAL_NOTE_MAX, type Trial } from '#core/contracts/recommendations';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { useFormatDate } from '../../lib/format';
import { usePlanList } from '../planning/usePlans';
import { useTrials, useTryIt } from './useRecommendations';

/** How many recent plans the picker offers. */
const RECENT_PLANS = 12;

/**
 * "I tried it" on a strategy card (Guskey level 4): a dialog picks one of the teacher's recent
 * plans (or none) and an optional note; the card then lists where the teacher tried it.
 */
export function TriedIt({ resourceId, headingLevel = 2 }: { resourceId: string; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('recommendations');
  const { date } = useFormatDate();
  const [open, setOpen] = useState(false);
  const [planId, setPlanId] = useState('');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<Trial | null>(null);
  const headingId = useId();
  const formId = useId();
  const trials = useTrials(resourceId);
  const tryIt = useTryIt(resourceId);
  const plans = usePlanList('mine', undefined, open);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const noteTooLong = note.length > TRIAL_NOTE_MAX;

  const planLabel = (plan: { title: string; date?: string | null }) =>
    plan.date ? t('tried.planOption', { title: plan.title, date: date(plan.date) }) : plan.title;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (noteTooLong) return;
    const trimmed = note.trim();
    tryIt.mutate(
      { ...(planId ? { planId } : {}), ...(trimmed ? { note: trimmed } : {}) },
      {
        onSuccess: (trial) => {
          setSaved(trial);
          setOpen(false);
          setPlanId('');
          setNote('');
        },
      },
    );
  }

  const items = trials.data?.items ?? [];
  return (
    <section className="tried-it" aria-labelledby={headingId} data-testid="tried-it">
      <H id={headingId}>{t('tried.title')}</H>
      <p className="muted">{t('tried.intro')}</p>
      <div role="status">
        {saved && (
          <Alert tone="success">
            {saved.plan ? t('tried.savedOnPlan', { title: saved.plan.title }) : t('tried.saved')}
          </Alert>
        )}
      </div>
      <Button
        variant="primary"
        onClick={() => {
          tryIt.reset();
          setOpen(true);
        }}
      >
        {t('tried.button')}
      </Button>
      {items.length > 0 && (
        <ul className="plain-list stack" data-testid="trials">
          {items.map((trial) => (
            <li key={trial.id}>
              {trial.plan ? t('tried.onPlan', { title: trial.plan.title }) : t('tried.noPlan')}{' '}
              <span className="muted small">{date(trial.createdAt)}</span>
              {trial.note && <p className="small">{trial.note}</p>}
            </li>
          ))}
        </ul>
      )}
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('tried.dialogTitle')}
        footer={
          <>
            <Button type="submit" form={formId} busy={tryIt.isPending}>
              {t('tried.save')}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t('tried.cancel')}
            </Button>
          </>
        }
      >
        <form id={formId} className="form" noValidate onSubmit={onSubmit}>
          {tryIt.error ? <ErrorAlert error={tryIt.error} /> : null}
          <Select
            label={t('tried.plan')}
            hint={t('tried.planHint')}
            placeholder={t('tried.noPlanOption')}
            value={planId}
            onChange={(event) => setPlanId(event.target.value)}
            options={plans.items.slice(0, RECENT_PLANS).map((plan) => ({ value: plan.id, label: planLabel(plan) }))}
            data-testid="tried-plan"
          />
          <TextArea
            label={t('tried.note')}
            hint={t('tried.noteHint')}
            value={note}
            rows={3}
            error={noteTooLong ? t('tried.noteTooLong') : undefined}
            onChange={(event) => setNote(event.target.value)}
          />
        </form>
      </Dialog>
    </section>
  );
}
