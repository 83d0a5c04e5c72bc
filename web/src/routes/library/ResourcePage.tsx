import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { isLocale } from '#core/domain/locale';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { resourceHref } from '../../features/library/StrategyCardDialog';
import { StrategyCardView } from '../../features/library/StrategyCardView';
import { useResource } from '../../features/library/useResources';
import { TriedIt } from '../../features/recommendations/TriedIt';
import { isApiError } from '../../lib/api';
import { NotFoundPage } from '../not-found/NotFoundPage';

/** One strategy card (`/library/:id?locale=`); without a locale the server answers in the reader's language. */
export function ResourcePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const location = useLocation();
  const requested = params.get('locale');
  const locale = isLocale(requested) ? requested : undefined;
  const resource = useResource(id, locale);

  // Came from a search: go back to the same results.
  const state = location.state as { librarySearch?: unknown } | null;
  const search = typeof state?.librarySearch === 'string' ? state.librarySearch : '';
  const back = <Link to={`/library${search}`}>{t('library:backToList')}</Link>;

  if (resource.isPending) return <Spinner />;
  if (isApiError(resource.error, 404)) return <NotFoundPage />;
  if (resource.isError) {
    return (
      <>
        <PageHeader title={t('library:title')} back={back} />
        <ErrorAlert error={resource.error} onRetry={() => void resource.refetch()} />
      </>
    );
  }

  const card = resource.data;
  const other = card.locale === 'en' ? 'es' : 'en';
  return (
    <>
      <PageHeader
        title={card.title}
        back={back}
        actions={
          <Link to={resourceHref(card.id, other)} state={location.state} lang={other} hrefLang={other}>
            {t(`library:card.readIn.${other}`)}
          </Link>
        }
      />
      {locale && card.locale !== locale && (
        <Alert tone="info">
          {t('library:card.fallback', {
            requested: t(`common:language.${locale}`),
            shown: t(`common:language.${card.locale}`),
          })}
        </Alert>
      )}
      <div className="card">
        <StrategyCardView resource={card} headingLevel={2} />
      </div>
      <div className="card">
        <TriedIt resourceId={card.id} />
      </div>
    </>
  );
}
