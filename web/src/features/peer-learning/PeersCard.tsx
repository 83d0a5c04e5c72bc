import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Card } from '../../components/Card';
import { QueryState } from '../../components/QueryState';
import { RecommendationItems } from '../recommendations/RecommendationItems';
import { useRecommendations } from '../recommendations/useRecommendations';

/**
 * Home: up to two colleagues who offered to be learned from, ranked on the caller's own needs with
 * the same reasons as the cards (adr/0009). Nothing at all when nobody fits.
 */
export function PeersCard() {
  const { t } = useTranslation('peer-learning');
  const peers = useRecommendations({ surface: 'home', kind: 'peer', limit: 2 });
  const items = peers.data?.items ?? [];
  if (peers.isSuccess && items.length === 0) return null;
  return (
    <Card title={t('home.title')} testId="peers-to-learn-from">
      <p className="muted">{t('home.intro')}</p>
      <QueryState query={peers} isEmpty={false} empty={null}>
        <RecommendationItems items={items} surface="home" />
      </QueryState>
      <Link to="/peer-requests">{t('offer.requestsLink')}</Link>
    </Card>
  );
}
