import { useTranslation } from 'react-i18next';
import type { CycleStage } from '#core/contracts/cycles';

const STEPS = ['identify', 'learn', 'improve', 'closed'] as const;

/** Identify → learn → improve → close, with where the cycle stands; the current step is announced as such. */
export function StageStepper({ stage }: { stage: CycleStage }) {
  const { t } = useTranslation('cycles');
  const current = STEPS.indexOf(stage);
  return (
    <ol className="cycle-stepper" aria-label={t('stage.label')} data-testid="stage-stepper">
      {STEPS.map((step, index) => {
        const state = stage === 'closed' || index < current ? 'done' : index === current ? 'current' : 'upcoming';
        return (
          <li
            key={step}
            className="cycle-step"
            data-state={state}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="cycle-step-name">{t(`stage.${step}`)}</span>
            <span className="cycle-step-hint">{t(`stage.${step}Hint`)}</span>
            <span className="visually-hidden">{t(`stage.state.${state}`)}</span>
          </li>
        );
      })}
    </ol>
  );
}
