import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '#core/contracts/meetings';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { clock, textIn } from './format';
import { type RunAction, useRunMeeting } from './useMeetings';

/** Seconds left in the current step, from when the facilitator opened it; computed here, never stored. */
function useSecondsLeft(meeting: Meeting) {
  const [now, setNow] = useState(() => Date.now());
  const running = meeting.state === 'running' && meeting.stepStartedAt !== null;
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  const step = meeting.protocol.steps[meeting.currentStepIndex];
  if (!running || !step) return null;
  return Math.round((Date.parse(meeting.stepStartedAt!) + step.minutes * 60_000 - now) / 1000);
}

/** The facilitator's view: the step, its clock, who speaks, its prompts, and the controls to move on. */
export function StepPanel({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation('meetings');
  const run = useRunMeeting(meeting.id);
  const left = useSecondsLeft(meeting);
  const steps = meeting.protocol.steps;
  const step = steps[meeting.currentStepIndex];
  const act = (body: RunAction) => run.mutate(body);
  const overrun = left !== null && left < 0;

  return (
    <div className="stack" data-testid="step-panel">
      <ol className="step-list" aria-label={t('runner.steps')}>
        {steps.map((s, i) => (
          <li
            key={s.id}
            aria-current={meeting.state === 'running' && i === meeting.currentStepIndex ? 'step' : undefined}
          >
            {i + 1}. {textIn(s.title, i18n.language)} ({s.minutes}′)
          </li>
        ))}
      </ol>
      {meeting.state === 'scheduled' && <p className="muted">{t('runner.notStarted')}</p>}
      {meeting.state === 'ended' && <Alert tone="info">{t('runner.ended')}</Alert>}
      {meeting.state === 'running' && step && (
        <>
          <h3 data-testid="current-step">
            {t('runner.stepOf', { n: meeting.currentStepIndex + 1, total: steps.length })}:{' '}
            {textIn(step.title, i18n.language)}
          </h3>
          <p>
            <strong>{t('runner.speaks')}:</strong> {t(`speaker.${step.speaker}`)}
          </p>
          {left !== null && (
            <p className={overrun ? 'step-clock overrun' : 'step-clock'} aria-hidden="true">
              {clock(left)}
            </p>
          )}
          <p className="visually-hidden">{t('runner.minutesForStep', { count: step.minutes })}</p>
          {overrun && <Alert tone="warning">{t('runner.overrun', { minutes: Math.ceil(-left! / 60) })}</Alert>}
          <ul>
            {step.prompts.map((prompt) => (
              <li key={`${prompt.en ?? ''}|${prompt.es ?? ''}`}>{textIn(prompt, i18n.language)}</li>
            ))}
          </ul>
        </>
      )}
      {run.error ? <ErrorAlert error={run.error} /> : null}
      {meeting.canRun && meeting.state !== 'ended' && (
        <div className="button-row">
          {meeting.state === 'scheduled' && (
            <Button busy={run.isPending} onClick={() => act({ action: 'start' })}>
              {t('runner.start')}
            </Button>
          )}
          {meeting.state === 'running' && (
            <>
              <Button
                variant="secondary"
                disabled={meeting.currentStepIndex === 0 || run.isPending}
                onClick={() => act({ action: 'previous' })}
              >
                {t('runner.previous')}
              </Button>
              <Button
                disabled={meeting.currentStepIndex >= steps.length - 1 || run.isPending}
                onClick={() => act({ action: 'next' })}
              >
                {t('runner.next')}
              </Button>
              <Button variant="danger" disabled={run.isPending} onClick={() => act({ action: 'end' })}>
                {t('runner.end')}
              </Button>
            </>
          )}
        </div>
      )}
    </div>
  );
}
