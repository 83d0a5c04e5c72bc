import { useTranslation } from 'react-i18next';
import { Button } from './Button';

interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/** Cursor paging as "load more": nothing is lost when the next page arrives, and it works on touch. */
export function LoadMore({ hasMore, loading, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <div className="load-more">
      <Button variant="secondary" busy={loading} onClick={onLoadMore}>
        {t('common:actions.loadMore')}
      </Button>
    </div>
  );
}
