import { useTranslation } from 'react-i18next';
import type { LessonSegment } from '#core/contracts/lesson-plans';
import { totalMinutes } from '../planDraft';

/** The running total of the parts' minutes against the class period. */
export function MinutesMeter({
  segments,
  periodMinutes,
  flagged,
}: {
  segments: readonly LessonSegment[];
  periodMinutes: number | null;
  flagged?: boolean;
}) {
  const { t } = useTranslation('planner');
  const total = totalMinutes(segments);
  const over = periodMinutes ? total - periodMinutes : 0;
  const tone = !periodMinutes ? '' : over > 0 ? ' is-over' : over < 0 ? ' is-under' : ' is-exact';
  return (
    <div className={`minutes-meter${tone}${flagged ? ' is-flagged' : ''}`} role="status" data-testid="minutes-meter">
      <strong>
        {periodMinutes
          ? t('editor.minutesTotal', { total, period: periodMinutes })
          : t('editor.minutesTotalNoPeriod', { total })}
      </strong>
      {periodMinutes && over > 0 && <span> · {t('editor.minutesOver', { over })}</span>}
      {periodMinutes && over < 0 && <span> · {t('editor.minutesLeft', { left: -over })}</span>}
      {periodMinutes ? (
        <span className="minutes-bar" aria-hidden="true">
          <span style={{ width: `${Math.min(100, (total / periodMinutes) * 100)}%` }} />
        </span>
      ) : null}
    </div>
  );
}
