import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { WalkSummary } from '#core/contracts/walks';
import { Badge } from '../../components/Badge';
import { formatDay } from '../../lib/dates';
import { PatternBars } from './PatternBars';

/**
 * One walk in a list: its focus, day and school, and what was seen across the school (or why it
 * is not shown). Walkers get a link to continue or to the report; teachers read the summary here.
 */
export function WalkSummaryCard({ walk, headingLevel = 3 }: { walk: WalkSummary; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation('walks');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const day = formatDay(walk.date, i18n.language, { dateStyle: 'long' });
  return (
    <article className="card walk-summary" data-walk-id={walk.id}>
      <Heading className="card-title">{walk.focus.lookForText}</Heading>
      <p className="muted small">
        {walk.focus.practiceTitle} · {walk.schoolName} · {day}{' '}
        {walk.status === 'open' ? <Badge tone="info">{t('status.open')}</Badge> : <Badge>{t('status.closed')}</Badge>}
      </p>
      {walk.purpose && <p>{walk.purpose}</p>}
      <p>{t('summary.rooms', { count: walk.roomsVisited })}</p>
      {walk.pattern ? (
        <PatternBars pattern={walk.pattern} />
      ) : (
        <p className="muted">{t('summary.tooSmall', { min: 5 })}</p>
      )}
      <div className="button-row">
        {walk.canCapture && (
          <Link className="btn btn-primary" to={`/walks/${walk.id}`}>
            {t('list.continue')}
            <span className="visually-hidden">
              {' '}
              · {walk.focus.lookForText}, {day}
            </span>
          </Link>
        )}
        {walk.canReadReport && (
          <Link className="btn btn-secondary" to={`/walks/${walk.id}/report`}>
            {t('list.report')}
            <span className="visually-hidden">
              {' '}
              · {walk.focus.lookForText}, {day}
            </span>
          </Link>
        )}
      </div>
    </article>
  );
}
