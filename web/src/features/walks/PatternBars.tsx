import { useTranslation } from 'react-i18next';
import type { WalkPattern } from '#core/contracts/walks';

const ROWS = [
  { key: 'seen', label: 'evidence.seen' },
  { key: 'partly', label: 'evidence.partly' },
  { key: 'notSeen', label: 'evidence.notSeen' },
] as const;

/**
 * Rooms by evidence as a list of labelled bars. The numbers are text (read by screen readers and
 * in print); the bars only repeat them for the eye.
 */
export function PatternBars({ pattern, testId }: { pattern: WalkPattern; testId?: string }) {
  const { t } = useTranslation('walks');
  return (
    <ul className="walk-bars" data-testid={testId}>
      {ROWS.map((row) => {
        const share = pattern[row.key];
        return (
          <li key={row.key} className="walk-bar" data-evidence={row.key}>
            <span className="walk-bar-label">{t(row.label)}</span>
            <span className="walk-bar-track" aria-hidden="true">
              <span className="walk-bar-fill" style={{ width: `${share.percent}%` }} />
            </span>
            <span className="walk-bar-value" data-testid={testId ? `${testId}-${row.key}` : undefined}>
              {t('report.share', { percent: share.percent, count: share.rooms })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
