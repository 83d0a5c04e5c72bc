import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Inquiry } from '#core/contracts/inquiry';
import { Button } from '../../components/Button';
import { calendarDay } from '../../lib/dates';
import { useRemoveInquiryLink } from './useInquiry';

/** What gathered on the inquiry, in date order: opened, linked cards, plans, reflections, visits, closed. */
export function Timeline({ inquiry, open }: { inquiry: Inquiry; open: boolean }) {
  const { t, i18n } = useTranslation('inquiry');
  const remove = useRemoveInquiryLink(inquiry.id);
  const events = [
    { key: 'opened', date: inquiry.createdAt.slice(0, 10), node: <strong>{t('timeline.opened')}</strong> },
    ...inquiry.links.map((link) => ({
      key: link.id,
      date: link.date,
      node: (
        <>
          <strong>{t(`links.kinds.${link.kind}`)}</strong>
          {link.title && (
            <>
              {' · '}
              {link.planId ? <Link to={`/planner/plans/${link.planId}`}>{link.title}</Link> : link.title}
            </>
          )}
          {open && (
            <Button
              variant="secondary"
              className="inquiry-unlink"
              disabled={remove.isPending}
              aria-label={t('timeline.removeNamed', { title: link.title ?? t(`links.kinds.${link.kind}`) })}
              onClick={() => remove.mutate(link.id)}
            >
              {t('timeline.remove')}
            </Button>
          )}
        </>
      ),
    })),
    ...(inquiry.closedAt
      ? [{ key: 'closed', date: inquiry.closedAt.slice(0, 10), node: <strong>{t('timeline.closed')}</strong> }]
      : []),
  ].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <ol className="plain-list inquiry-timeline" data-testid="inquiry-timeline">
      {events.map((event) => (
        <li key={event.key}>
          <span className="muted small">{calendarDay(event.date, i18n.language)}</span> {event.node}
        </li>
      ))}
    </ol>
  );
}
