import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api';
import { Alert } from './Alert';
import { Button } from './Button';

/** A person-readable sentence for any failure: the server's `detail` first, then our own words. */
export function problemMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('common:errors.network');
    if (error.problem?.detail) return error.problem.detail;
    if (error.status === 403) return t('common:errors.forbidden');
    if (error.status === 404) return t('common:errors.notFound');
    if (error.status === 429) return t('common:errors.tooMany');
    if (error.problem?.title) return error.problem.title;
  }
  return t('common:errors.generic');
}

interface ErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
}

export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert tone="error" title={t('common:errors.title')}>
      <p>{problemMessage(error, t)}</p>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          {t('common:actions.retry')}
        </Button>
      )}
    </Alert>
  );
}
