import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Cycle, CycleTimelineItem } from '#core/contracts/cycles';
import { Button } from '../../components/Button';
import { QueryState } from '../../components/QueryState';
import { calendarDay } from '../../lib/dates';
import { formatValue } from './format';
import { useCycleTimeline, useRemoveLink } from './useCycles';

/** Where a timeline event opens: the plan (also for a reflection on it) or the visit. */
function hrefOf(item: CycleTimelineItem): string | null {
  if ((item.kind === 'plan' || item.kind === 'reflection') && item.planId) return `/planner/plans/${item.planId}`;
  if (item.kind === 'observation') return `/observations/${item.id}`;
  return null;
}

/** Everything the cycle holds, oldest first; linked work can be removed by whoever may. */
export function Timeline({ cycle, userId }: { cycle: Cycle; userId: string }) {
  const { t, i18n } = useTranslation('cycles');
  const timeline = useCycleTimeline(cycle.id);
  const remove = useRemoveLink(cycle.id);
  const items = timeline.data?.items ?? [];
  const open = cycle.closedAt === null;
  const mayRemove = (linkId: string) => {
    const link = cycle.links.find((l) => l.id === linkId);
    return open && link !== undefined && (link.createdBy === userId || cycle.teacher.id === userId);
  };

  const headline = (item: CycleTimelineItem) => {
    switch (item.kind) {
      case 'session':
        return t('timeline.session', { kind: t(`sessionKinds.${item.subtype ?? 'other'}`) });
      case 'check':
        return t('timeline.check', { value: formatValue(item.value ?? 0, cycle.unit, i18n.language) });
      case 'observation':
        return t('timeline.observation', { kind: t(`observationKinds.${item.subtype ?? 'coaching'}`) });
      case 'plan':
        return t('timeline.plan', { title: item.title ?? '' });
      case 'reflection':
        return t('timeline.reflection', { title: item.title ?? '' });
      default:
        return t(`timeline.${item.kind}`);
    }
  };

  return (
    <QueryState query={timeline} isEmpty={items.length === 0} empty={<p className="muted">{t('timeline.empty')}</p>}>
      <ol className="cycle-timeline" data-testid="cycle-timeline">
        {items.map((item) => {
          const href = hrefOf(item);
          return (
            <li key={`${item.kind}-${item.id}`} className="cycle-event" data-kind={item.kind}>
              <span className="cycle-event-meta">{calendarDay(item.date, i18n.language)}</span>
              <strong>{href ? <Link to={href}>{headline(item)}</Link> : headline(item)}</strong>
              {item.text && (
                <p className="cycle-event-text">
                  {item.kind === 'observation' && <span className="muted">{t('timeline.actionStep')} </span>}
                  {item.kind === 'reflection' && <span className="muted">{t('timeline.nextTime')} </span>}
                  {item.text}
                </p>
              )}
              {item.linkId && mayRemove(item.linkId) && (
                <Button
                  variant="ghost"
                  className="btn-small"
                  busy={remove.isPending && remove.variables === item.linkId}
                  aria-label={t('timeline.removeNamed', { what: headline(item) })}
                  onClick={() => remove.mutate(item.linkId as string)}
                >
                  {t('timeline.remove')}
                </Button>
              )}
            </li>
          );
        })}
      </ol>
    </QueryState>
  );
}
