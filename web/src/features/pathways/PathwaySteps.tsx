import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Pathway, PathwayStep } from '#core/contracts/pathways';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { resourceHref } from '../library/StrategyCardDialog';
import { usePlanList } from '../planning/usePlans';
import { useCompleteStep, useUncompleteStep } from './usePathways';

/** The ordered steps; a learner marks each done (with an optional note and plan) or not done. */
export function PathwaySteps({ pathway, canMark }: { pathway: Pathway; canMark: boolean }) {
  const { t } = useTranslation('pathways');
  return (
    <ol className="pathway-steps" data-testid="pathway-steps" aria-label={t('detail.steps')}>
      {pathway.steps.map((step, index) => (
        <li
          key={step.id}
          className="pathway-step stack"
          data-testid="pathway-step"
          data-done={step.completion !== null}
        >
          <h3>
            {t('form.stepNumber', { n: index + 1 })} ·{' '}
            {step.cardId ? <Link to={resourceHref(step.cardId)}>{step.title}</Link> : step.title}
          </h3>
          <p className="muted small">
            {step.kind === 'card' ? t('step.card') : t('step.task')}
            {step.completion && (
              <>
                {' '}
                <Badge tone="success">{t('step.done')}</Badge>
              </>
            )}
          </p>
          {step.summary && <p>{step.summary}</p>}
          {step.instructions && <p>{step.instructions}</p>}
          {step.completion?.note && (
            <p className="small">
              {t('step.yourNote')} {step.completion.note}
            </p>
          )}
          {step.completion?.plan && (
            <p className="small">
              {t('step.yourPlan')}{' '}
              <Link to={`/planner/plans/${step.completion.plan.id}`}>{step.completion.plan.title}</Link>
            </p>
          )}
          {canMark && <MarkStep pathwayId={pathway.id} step={step} title={step.title} />}
        </li>
      ))}
    </ol>
  );
}

function MarkStep({ pathwayId, step, title }: { pathwayId: string; step: PathwayStep; title: string }) {
  const { t } = useTranslation('pathways');
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState('');
  const [planId, setPlanId] = useState('');
  const complete = useCompleteStep(pathwayId);
  const uncomplete = useUncompleteStep(pathwayId);
  const plans = usePlanList('mine', undefined, open);

  if (step.completion) {
    // Undoing deletes the learner's note and plan link with it: a plain click only asks first.
    const keeps = Boolean(step.completion.note || step.completion.plan);
    return (
      <div className="button-row">
        <Button
          variant="secondary"
          busy={uncomplete.isPending}
          aria-label={t('step.undoNamed', { title })}
          onClick={() => (keeps ? setConfirming(true) : uncomplete.mutate(step.id))}
        >
          {t('step.undo')}
        </Button>
        {uncomplete.error && !confirming ? <ErrorAlert error={uncomplete.error} /> : null}
        <ConfirmDialog
          open={confirming}
          title={t('step.undoTitle', { title })}
          confirmLabel={t('step.undoConfirm')}
          danger
          busy={uncomplete.isPending}
          error={uncomplete.error}
          onClose={() => setConfirming(false)}
          onConfirm={() => uncomplete.mutate(step.id, { onSuccess: () => setConfirming(false) })}
        >
          <p>{t('step.undoWarning')}</p>
        </ConfirmDialog>
      </div>
    );
  }

  return (
    <div className="stack">
      {open && (
        <>
          <TextArea
            label={t('step.note')}
            hint={t('step.noteHint')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={2000}
            rows={2}
          />
          <Select
            label={t('step.plan')}
            placeholder={t('step.noPlan')}
            value={planId}
            onChange={(e) => setPlanId(e.target.value)}
            options={plans.items.map((plan) => ({ value: plan.id, label: plan.title || plan.id }))}
          />
        </>
      )}
      <div className="button-row">
        <Button
          busy={complete.isPending}
          aria-label={t('step.markNamed', { title })}
          onClick={() =>
            complete.mutate({
              stepId: step.id,
              body: { ...(note.trim() && { note: note.trim() }), ...(planId && { planId }) },
            })
          }
        >
          {t('step.mark')}
        </Button>
        {!open && (
          <Button variant="ghost" onClick={() => setOpen(true)} aria-label={t('step.addNoteNamed', { title })}>
            {t('step.addNote')}
          </Button>
        )}
      </div>
      {complete.error ? <ErrorAlert error={complete.error} /> : null}
    </div>
  );
}
