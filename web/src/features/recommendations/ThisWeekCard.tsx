import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { QueryState } from '../../components/QueryState';
import { RecommendationItems } from './RecommendationItems';
import { useRecommendations } from './useRecommendations';

/** Home: three strategy cards for this week, each with the reason it was chosen. */
export function ThisWeekCard() {
  const { t } = useTranslation('recommendations');
  const recommendations = useRecommendations({ surface: 'home', limit: 3 });
  const items = recommendations.data?.items ?? [];

  return (
    <Card title={t('thisWeek.title')} testId="this-week">
      <p className="muted">{t('thisWeek.intro')}</p>
      <QueryState
        query={recommendations}
        isEmpty={items.length === 0}
        empty={<EmptyState title={t('thisWeek.empty')}>{t('thisWeek.emptyHint')}</EmptyState>}
      >
        <RecommendationItems items={items} surface="home" />
      </QueryState>
      <Link to="/library">{t('thisWeek.browse')}</Link>
    </Card>
  );
}
