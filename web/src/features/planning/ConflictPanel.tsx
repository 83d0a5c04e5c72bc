import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { PlanView } from './PlanView';
import type { Conflict } from './usePlanEditor';

/** Both versions side by side; the teacher chooses. Until then nothing is saved or dropped. */
export function ConflictPanel({
  conflict,
  onChoose,
}: {
  conflict: Conflict;
  onChoose: (choice: 'mine' | 'theirs') => void;
}) {
  const { t } = useTranslation('planner');
  return (
    <section className="conflict" aria-labelledby="conflict-heading" data-testid="conflict">
      <h2 id="conflict-heading">{t('conflict.title')}</h2>
      <p>{t('conflict.description')}</p>
      <div className="conflict-columns">
        <section aria-labelledby="conflict-mine" className="conflict-column">
          <h3 id="conflict-mine">{t('conflict.mine')}</h3>
          <p className="conflict-plan-title">{conflict.mine.title}</p>
          <PlanView plan={conflict.mine} headingLevel={3} />
          <Button onClick={() => onChoose('mine')}>{t('conflict.keepMine')}</Button>
        </section>
        <section aria-labelledby="conflict-theirs" className="conflict-column">
          <h3 id="conflict-theirs">{t('conflict.theirs', { version: conflict.theirs.version })}</h3>
          <p className="conflict-plan-title">{conflict.theirs.title}</p>
          <PlanView plan={conflict.theirs} headingLevel={3} />
          <Button variant="secondary" onClick={() => onChoose('theirs')}>
            {t('conflict.keepTheirs')}
          </Button>
        </section>
      </div>
    </section>
  );
}
