import { useTranslation } from 'react-i18next';
import type { SaveState } from './usePlanEditor';

/** Where the teacher's text is: saved, waiting, on this device only, or in conflict. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation('planner');
  return (
    <p className={`save-status save-${state}`} role="status" data-testid="save-status" data-state={state}>
      {t(`editor.save.${state}`)}
      {state === 'error' && (
        <>
          {' '}
          <button type="button" className="btn btn-ghost btn-small" onClick={onRetry}>
            {t('editor.save.retry')}
          </button>
        </>
      )}
    </p>
  );
}
