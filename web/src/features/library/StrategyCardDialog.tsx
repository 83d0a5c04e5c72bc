import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '#core/domain/roles';
import { Button, ButtonLink } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Spinner } from '../../components/Spinner';
import { withQuery } from '../../lib/api';
import { useResource } from './useResources';

/*
 * The card view (and its markdown renderer) loads when a dialog first opens, so the screens
 * that offer cards (the plan page) do not carry it in their first download.
 */
const StrategyCardView = lazy(() => import('./StrategyCardView').then((m) => ({ default: m.StrategyCardView })));

/** Library path of a card, keeping the language it was opened in. */
export const resourceHref = (id: string, locale?: Locale) =>
  withQuery(`/library/${encodeURIComponent(id)}`, { locale });

/**
 * A strategy card in a modal dialog, next to the work that led to it (e.g. a plan insight).
 * Open while `resourceId` is set; the card loads when the dialog opens.
 */
export function StrategyCardDialog({
  resourceId,
  locale,
  onClose,
}: {
  resourceId: string | null;
  locale?: Locale;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const resource = useResource(resourceId ?? '', locale);
  const title = resource.data?.title ?? t('library:card.title');

  return (
    <Dialog
      open={resourceId !== null}
      onClose={onClose}
      title={title}
      footer={
        <>
          {resourceId && (
            <ButtonLink to={resourceHref(resourceId, locale)} variant="ghost">
              {t('library:card.openInLibrary')}
            </ButtonLink>
          )}
          <Button variant="secondary" onClick={onClose}>
            {t('library:card.close')}
          </Button>
        </>
      }
    >
      {resource.isPending ? (
        <Spinner />
      ) : resource.isError ? (
        <ErrorAlert error={resource.error} onRetry={() => void resource.refetch()} />
      ) : (
        <Suspense fallback={<Spinner />}>
          <StrategyCardView resource={resource.data} headingLevel={3} />
        </Suspense>
      )}
    </Dialog>
  );
}
