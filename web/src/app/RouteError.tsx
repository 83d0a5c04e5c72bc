import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';
import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { PageHeader } from '../components/PageHeader';
import { NotFoundPage } from '../routes/not-found/NotFoundPage';

/** Shown when a screen throws while rendering; the rest of the app (header, nav) keeps working. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  // Keep the details in the console for whoever debugs; people get a plain sentence.
  console.error(error);
  return (
    <div className="app-main">
      <PageHeader title={t('common:crash.title')} />
      <Alert tone="error">
        <p>{t('common:crash.description')}</p>
      </Alert>
      <div className="button-row">
        <Button onClick={() => window.location.reload()}>{t('common:actions.reload')}</Button>
        <Link to="/">{t('common:actions.goHome')}</Link>
      </div>
    </div>
  );
}
