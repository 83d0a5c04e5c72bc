import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { RecommendationItem, RecommendationsQuery } from '#core/contracts/recommendations';
import { resourceHref } from '../library/StrategyCardDialog';
import { AskPeerForm } from '../peer-learning/AskPeerForm';
import { useMarkOpened } from './useRecommendations';
import './recommendations.css';

/**
 * Recommended cards (and pathways, communities, colleagues), each with why: its reasons as the server
 * wrote them, strongest first. A colleague has no page of their own: "Ask to learn from them" instead.
 */
export function RecommendationItems({
  items,
  surface,
  headingLevel = 3,
  maxReasons = 2,
}: {
  items: readonly RecommendationItem[];
  surface: RecommendationsQuery['surface'];
  headingLevel?: 3 | 4;
  maxReasons?: number;
}) {
  const { t } = useTranslation('recommendations');
  const opened = useMarkOpened();
  const H = `h${headingLevel}` as const;

  return (
    <ul className="plain-list stack recommendations" data-testid="recommendations">
      {items.map((item) => (
        <li key={`${item.kind}:${item.id}`} className="recommendation" data-testid="recommendation" data-id={item.id}>
          <H className="recommendation-title">
            {item.kind === 'pathway' ? (
              <Link to={`/pathways/${encodeURIComponent(item.id)}`}>{item.title}</Link>
            ) : item.kind === 'community' ? (
              <Link to={`/communities/${encodeURIComponent(item.id)}`}>{item.title}</Link>
            ) : item.kind === 'peer' ? (
              item.title
            ) : (
              <Link to={resourceHref(item.id)} onClick={() => opened.mutate({ id: item.id, surface })}>
                {item.title}
              </Link>
            )}
          </H>
          {item.kind === 'pathway' && <p className="muted small">{t('pathway')}</p>}
          {item.kind === 'community' && <p className="muted small">{t('community')}</p>}
          {item.kind === 'peer' && <p className="muted small">{t('peer-learning:colleague')}</p>}
          <p className="muted small">
            {item.minutes !== null && t('minutes', { count: item.minutes })} {item.summary}
          </p>
          <ul className="recommendation-reasons small" aria-label={t('why')}>
            {item.reasons.slice(0, maxReasons).map((reason) => (
              <li key={`${reason.code}:${reason.text}`} data-reason={reason.code}>
                {reason.text}
              </li>
            ))}
          </ul>
          {item.kind === 'peer' && <AskPeerForm peer={item} />}
        </li>
      ))}
    </ul>
  );
}
