import { useTranslation } from 'react-i18next';
import { type Inquiry, OPEN_INQUIRY_STAGES, type OpenInquiryStage } from '#core/contracts/inquiry';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ApiError } from '../../lib/api';
import { useUpdateInquiry } from './useInquiry';

/**
 * Moves the inquiry on (or back). The rules are the server's (core/inquiry): when one is broken the
 * answer names what is missing, shown here in the reader's language.
 */
export function StageControls({ inquiry }: { inquiry: Inquiry }) {
  const { t } = useTranslation('inquiry');
  const update = useUpdateInquiry(inquiry.id);
  const index = OPEN_INQUIRY_STAGES.indexOf(inquiry.stage as OpenInquiryStage);
  const next = OPEN_INQUIRY_STAGES[index + 1];
  const previous = index > 0 ? OPEN_INQUIRY_STAGES[index - 1] : undefined;
  const rules =
    update.error instanceof ApiError && update.error.status === 422 ? (update.error.problem?.errors ?? []) : [];

  return (
    <div className="stack">
      {rules.length > 0 ? (
        <Alert tone="warning" title={t('stage.notYet')}>
          <ul data-testid="stage-rules">
            {rules.map((rule) => (
              <li key={rule.path}>{rule.message}</li>
            ))}
          </ul>
        </Alert>
      ) : update.error ? (
        <ErrorAlert error={update.error} />
      ) : null}
      <div className="button-row">
        {next && (
          <Button busy={update.isPending} onClick={() => update.mutate({ stage: next })}>
            {t('stage.moveTo', { stage: t(`stage.${next}`) })}
          </Button>
        )}
        {previous && (
          <Button variant="secondary" disabled={update.isPending} onClick={() => update.mutate({ stage: previous })}>
            {t('stage.backTo', { stage: t(`stage.${previous}`) })}
          </Button>
        )}
      </div>
    </div>
  );
}
