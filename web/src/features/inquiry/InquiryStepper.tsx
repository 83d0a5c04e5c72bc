import { useTranslation } from 'react-i18next';
import { INQUIRY_STAGES, type InquiryStage } from '#core/contracts/inquiry';

/** Learn → try → gather evidence → reflect → share → closed; the current step is announced as such. */
export function InquiryStepper({ stage }: { stage: InquiryStage }) {
  const { t } = useTranslation('inquiry');
  const current = INQUIRY_STAGES.indexOf(stage);
  return (
    <ol className="cycle-stepper inquiry-stepper" aria-label={t('stage.label')} data-testid="inquiry-stepper">
      {INQUIRY_STAGES.map((step, index) => {
        const state = stage === 'closed' || index < current ? 'done' : index === current ? 'current' : 'upcoming';
        return (
          <li
            key={step}
            className="cycle-step"
            data-state={state}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="cycle-step-name">{t(`stage.${step}`)}</span>
            <span className="cycle-step-hint">{t(`stage.hints.${step}`)}</span>
            <span className="visually-hidden">{t(`stage.state.${state}`)}</span>
          </li>
        );
      })}
    </ol>
  );
}
