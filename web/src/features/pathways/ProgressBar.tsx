import { useTranslation } from 'react-i18next';
import type { Progress } from '#core/contracts/pathways';
import { percentOf } from '#core/pathways/index';

/** Steps done out of all, as a native progress bar with its words (read by screen readers too). */
export function ProgressBar({ progress, label }: { progress: Progress; label: string }) {
  const { t } = useTranslation('pathways');
  const words = t('progress.count', { completed: progress.completed, total: progress.total });
  return (
    <div className="pathway-progress" data-testid="pathway-progress">
      <progress max={Math.max(progress.total, 1)} value={progress.completed} aria-label={label}>
        {percentOf(progress)}%
      </progress>
      <span className="small">{words}</span>
    </div>
  );
}
