import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../components/EmptyState';
import { QueryState } from '../../components/QueryState';
import { formatDay } from '../../lib/dates';
import { useWalks } from './useWalks';
import './walks.css';

const SHOWN = 3;

/**
 * For teachers, inside their home section: the latest closed learning walks at their school and
 * what was seen across it — how they are told a walk happened, without anyone being named.
 */
export function WalksAtMySchool() {
  const { t, i18n } = useTranslation('walks');
  const { items, query } = useWalks({ status: 'closed' }, { limit: SHOWN });

  return (
    <section className="home-walks" aria-labelledby="home-walks-title" data-testid="home-walks">
      <h3 id="home-walks-title">{t('home.title')}</h3>
      <p className="muted">{t('home.description')}</p>
      <QueryState query={query} isEmpty={items.length === 0} empty={<EmptyState title={t('home.empty')} />}>
        <ul className="plain-list">
          {items.map((walk) => (
            <li key={walk.id}>
              <strong>{walk.focus.lookForText}</strong>{' '}
              <span className="muted">
                · {formatDay(walk.date, i18n.language, { dateStyle: 'medium' })} ·{' '}
                {walk.pattern
                  ? t('home.seen', { percent: walk.pattern.seenAtLeastPartly.percent, count: walk.roomsVisited })
                  : t('summary.rooms', { count: walk.roomsVisited })}
              </span>
            </li>
          ))}
        </ul>
      </QueryState>
      <Link to="/walks">{t('home.seeAll')}</Link>
    </section>
  );
}
