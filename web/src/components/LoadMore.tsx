import { useTranslation } from 'react-i18next';
import { Button } from './Button';

/** The part of an infinite query (useCursorList) that "load more" needs. */
interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** Cursor paging as "load more": nothing is lost when the next page arrives, and it works on touch. */
export function LoadMore({ query }: { query: PagedQuery }) {
  const { t } = useTranslation();
  if (!query.hasNextPage) return null;
  return (
    <div className="load-more">
      <Button variant="secondary" busy={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
        {t('common:actions.loadMore')}
      </Button>
    </div>
  );
}
